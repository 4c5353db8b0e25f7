namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class AddonNamespaceConfig
    {
        public readonly string? Namespace;

        [OutputConstructor]
        private AddonNamespaceConfig(string? @namespace)
        {
            Namespace = @namespace;
        }
    }
}
