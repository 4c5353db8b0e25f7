namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class NodeGroupLaunchTemplate
    {
        public readonly string? Id;
        public readonly string? Name;
        public readonly string Version;

        [OutputConstructor]
        private NodeGroupLaunchTemplate(
            string? id,
            string? name,
            string version)
        {
            Id = id;
            Name = name;
            Version = version;
        }
    }
}
