using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Networking.V1
{
    [OutputType]
    public sealed class NetworkPolicyIngressRule
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyPeer> From;
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyPort> Ports;

        [OutputConstructor]
        private NetworkPolicyIngressRule(
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyPeer> from,
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyPort> ports)
        {
            From = from;
            Ports = ports;
        }
    }
}
