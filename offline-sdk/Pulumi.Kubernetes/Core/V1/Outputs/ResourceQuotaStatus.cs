using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class ResourceQuotaStatus
    {
        public readonly ImmutableDictionary<string, string> Hard;
        public readonly ImmutableDictionary<string, string> Used;

        [OutputConstructor]
        private ResourceQuotaStatus(
            ImmutableDictionary<string, string> hard,
            ImmutableDictionary<string, string> used)
        {
            Hard = hard;
            Used = used;
        }
    }
}
