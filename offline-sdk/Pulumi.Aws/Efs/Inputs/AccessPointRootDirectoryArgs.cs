namespace Pulumi.Aws.Efs.Inputs
{
    public sealed class AccessPointRootDirectoryArgs : global::Pulumi.ResourceArgs
    {
        [Input("creationInfo")]
        public Input<Inputs.AccessPointRootDirectoryCreationInfoArgs>? CreationInfo { get; set; }

        [Input("path")]
        public Input<string>? Path { get; set; }

        public AccessPointRootDirectoryArgs()
        {
        }
        public static new AccessPointRootDirectoryArgs Empty => new AccessPointRootDirectoryArgs();
    }
}
