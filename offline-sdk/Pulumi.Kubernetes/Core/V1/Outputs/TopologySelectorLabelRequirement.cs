using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class TopologySelectorLabelRequirement
    {
        public readonly string Key;
        public readonly ImmutableArray<string> Values;

        [OutputConstructor]
        private TopologySelectorLabelRequirement(
            string key,
            ImmutableArray<string> values)
        {
            Key = key;
            Values = values;
        }
    }
}
