namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1
{
    public class NetworkPolicyIngressRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("from")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs>? _from;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs> From
        {
            get => _from ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs>();
            set => _from = value;
        }

        [Input("ports")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs>? _ports;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs> Ports
        {
            get => _ports ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs>();
            set => _ports = value;
        }

        public NetworkPolicyIngressRuleArgs()
        {
        }

        public static new NetworkPolicyIngressRuleArgs Empty => new NetworkPolicyIngressRuleArgs();
    }
}
