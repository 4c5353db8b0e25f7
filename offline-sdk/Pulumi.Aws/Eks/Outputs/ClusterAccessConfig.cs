namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterAccessConfig
    {
        public readonly string? AuthenticationMode;
        public readonly bool? BootstrapClusterCreatorAdminPermissions;

        [OutputConstructor]
        private ClusterAccessConfig(
            string? authenticationMode,
            bool? bootstrapClusterCreatorAdminPermissions)
        {
            AuthenticationMode = authenticationMode;
            BootstrapClusterCreatorAdminPermissions = bootstrapClusterCreatorAdminPermissions;
        }
    }
}
