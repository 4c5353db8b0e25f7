namespace Pulumi.Aws.AutoScaling.Outputs
{
    [OutputType]
    public sealed class GroupLaunchTemplate
    {
        public readonly string? Id;
        public readonly string? Name;
        public readonly string? Version;

        [OutputConstructor]
        private GroupLaunchTemplate(
            string? id,
            string? name,
            string? version)
        {
            Id = id;
            Name = name;
            Version = version;
        }
    }
}
