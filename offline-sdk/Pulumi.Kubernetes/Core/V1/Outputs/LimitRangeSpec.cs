using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class LimitRangeSpec
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.LimitRangeItem> Limits;

        [OutputConstructor]
        private LimitRangeSpec(ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.LimitRangeItem> limits)
        {
            Limits = limits;
        }
    }
}
