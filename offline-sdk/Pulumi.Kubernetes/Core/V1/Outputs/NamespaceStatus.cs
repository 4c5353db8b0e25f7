using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class NamespaceStatus
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.NamespaceCondition> Conditions;
        public readonly string Phase;

        [OutputConstructor]
        private NamespaceStatus(
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.NamespaceCondition> conditions,
            string phase)
        {
            Conditions = conditions;
            Phase = phase;
        }
    }
}
