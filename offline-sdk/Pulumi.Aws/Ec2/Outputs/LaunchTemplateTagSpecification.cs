using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2.Outputs
{
    [OutputType]
    public sealed class LaunchTemplateTagSpecification
    {
        public readonly string? ResourceType;
        public readonly ImmutableDictionary<string, string>? Tags;

        [OutputConstructor]
        private LaunchTemplateTagSpecification(
            string? resourceType,
            ImmutableDictionary<string, string>? tags)
        {
            ResourceType = resourceType;
            Tags = tags;
        }
    }
}
