namespace Pulumi.Aws.Efs.Inputs
{
    public sealed class FileSystemLifecyclePolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("transitionToArchive")]
        public Input<string>? TransitionToArchive { get; set; }

        [Input("transitionToIa")]
        public Input<string>? TransitionToIa { get; set; }

        [Input("transitionToPrimaryStorageClass")]
        public Input<string>? TransitionToPrimaryStorageClass { get; set; }

        public FileSystemLifecyclePolicyArgs()
        {
        }
        public static new FileSystemLifecyclePolicyArgs Empty => new FileSystemLifecyclePolicyArgs();
    }
}
