using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Networking.V1
{
    [OutputType]
    public sealed class NetworkPolicyStatus
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.Condition> Conditions;

        [OutputConstructor]
        private NetworkPolicyStatus(ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.Condition> conditions)
        {
            Conditions = conditions;
        }
    }
}
