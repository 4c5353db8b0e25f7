using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class ScopedResourceSelectorRequirement
    {
        public readonly string Operator;
        public readonly string ScopeName;
        public readonly ImmutableArray<string> Values;

        [OutputConstructor]
        private ScopedResourceSelectorRequirement(
            string @operator,
            string scopeName,
            ImmutableArray<string> values)
        {
            Operator = @operator;
            ScopeName = scopeName;
            Values = values;
        }
    }
}
