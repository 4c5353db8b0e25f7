namespace Pulumi.Aws.Efs.Inputs
{
    public sealed class AccessPointRootDirectoryCreationInfoArgs : global::Pulumi.ResourceArgs
    {
        [Input("ownerGid", required: true)]
        public Input<int> OwnerGid { get; set; } = null!;

        [Input("ownerUid", required: true)]
        public Input<int> OwnerUid { get; set; } = null!;

        [Input("permissions", required: true)]
        public Input<string> Permissions { get; set; } = null!;

        public AccessPointRootDirectoryCreationInfoArgs()
        {
        }
        public static new AccessPointRootDirectoryCreationInfoArgs Empty => new AccessPointRootDirectoryCreationInfoArgs();
    }
}
