namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class ClusterAccessConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("authenticationMode")]
        public Input<string>? AuthenticationMode { get; set; }

        [Input("bootstrapClusterCreatorAdminPermissions")]
        public Input<bool>? BootstrapClusterCreatorAdminPermissions { get; set; }

        public ClusterAccessConfigArgs()
        {
        }
        public static new ClusterAccessConfigArgs Empty => new ClusterAccessConfigArgs();
    }
}
