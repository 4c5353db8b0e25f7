namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterIdentityOidc
    {
        public readonly string? Issuer;

        [OutputConstructor]
        private ClusterIdentityOidc(string? issuer)
        {
            Issuer = issuer;
        }
    }
}
