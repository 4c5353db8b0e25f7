namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1
{
    public class NetworkPolicyPeerArgs : global::Pulumi.ResourceArgs
    {
        [Input("ipBlock")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.IPBlockArgs>? IpBlock { get; set; }

        [Input("namespaceSelector")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? NamespaceSelector { get; set; }

        [Input("podSelector")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? PodSelector { get; set; }

        public NetworkPolicyPeerArgs()
        {
        }

        public static new NetworkPolicyPeerArgs Empty => new NetworkPolicyPeerArgs();
    }
}
