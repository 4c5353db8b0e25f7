namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterCertificateAuthority
    {
        public readonly string? Data;

        [OutputConstructor]
        private ClusterCertificateAuthority(string? data)
        {
            Data = data;
        }
    }
}
