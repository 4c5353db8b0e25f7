using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Meta.V1
{
    [OutputType]
    public sealed class LabelSelectorRequirement
    {
        public readonly string Key;
        public readonly string Operator;
        public readonly ImmutableArray<string> Values;

        [OutputConstructor]
        private LabelSelectorRequirement(
            string key,
            string @operator,
            ImmutableArray<string> values)
        {
            Key = key;
            Operator = @operator;
            Values = values;
        }
    }
}
