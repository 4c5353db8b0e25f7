namespace Pulumi.Aws.Acm.Outputs
{
    [OutputType]
    public sealed class CertificateDomainValidationOption
    {
        public readonly string? DomainName;
        public readonly string? ResourceRecordName;
        public readonly string? ResourceRecordType;
        public readonly string? ResourceRecordValue;

        [OutputConstructor]
        private CertificateDomainValidationOption(
            string? domainName,
            string? resourceRecordName,
            string? resourceRecordType,
            string? resourceRecordValue)
        {
            DomainName = domainName;
            ResourceRecordName = resourceRecordName;
            ResourceRecordType = resourceRecordType;
            ResourceRecordValue = resourceRecordValue;
        }
    }
}
