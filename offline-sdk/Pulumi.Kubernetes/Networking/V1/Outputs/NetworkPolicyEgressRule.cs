using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Networking.V1
{
    [OutputType]
    public sealed class NetworkPolicyEgressRule
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyPort> Ports;
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyPeer> To;

        [OutputConstructor]
        private NetworkPolicyEgressRule(
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyPort> ports,
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyPeer> to)
        {
            Ports = ports;
            To = to;
        }
    }
}
