using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Networking.V1
{
    [OutputType]
    public sealed class NetworkPolicySpec
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyEgressRule> Egress;
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyIngressRule> Ingress;
        public readonly global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector PodSelector;
        public readonly ImmutableArray<string> PolicyTypes;

        [OutputConstructor]
        private NetworkPolicySpec(
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyEgressRule> egress,
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyIngressRule> ingress,
            global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector podSelector,
            ImmutableArray<string> policyTypes)
        {
            Egress = egress;
            Ingress = ingress;
            PodSelector = podSelector;
            PolicyTypes = policyTypes;
        }
    }
}
