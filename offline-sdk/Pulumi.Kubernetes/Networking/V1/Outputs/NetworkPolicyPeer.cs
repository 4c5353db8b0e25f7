namespace Pulumi.Kubernetes.Types.Outputs.Networking.V1
{
    [OutputType]
    public sealed class NetworkPolicyPeer
    {
        public readonly global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.IPBlock IpBlock;
        public readonly global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector NamespaceSelector;
        public readonly global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector PodSelector;

        [OutputConstructor]
        private NetworkPolicyPeer(
            global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.IPBlock ipBlock,
            global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector namespaceSelector,
            global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.LabelSelector podSelector)
        {
            IpBlock = ipBlock;
            NamespaceSelector = namespaceSelector;
            PodSelector = podSelector;
        }
    }
}
