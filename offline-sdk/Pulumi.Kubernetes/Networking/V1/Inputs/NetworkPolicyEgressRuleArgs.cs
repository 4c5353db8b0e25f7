namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1
{
    public class NetworkPolicyEgressRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("ports")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs>? _ports;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs> Ports
        {
            get => _ports ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPortArgs>();
            set => _ports = value;
        }

        [Input("to")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs>? _to;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs> To
        {
            get => _to ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyPeerArgs>();
            set => _to = value;
        }

        public NetworkPolicyEgressRuleArgs()
        {
        }

        public static new NetworkPolicyEgressRuleArgs Empty => new NetworkPolicyEgressRuleArgs();
    }
}
