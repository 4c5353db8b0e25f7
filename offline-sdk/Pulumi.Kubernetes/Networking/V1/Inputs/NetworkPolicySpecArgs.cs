namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1
{
    public class NetworkPolicySpecArgs : global::Pulumi.ResourceArgs
    {
        [Input("egress")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyEgressRuleArgs>? _egress;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyEgressRuleArgs> Egress
        {
            get => _egress ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyEgressRuleArgs>();
            set => _egress = value;
        }

        [Input("ingress")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyIngressRuleArgs>? _ingress;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyIngressRuleArgs> Ingress
        {
            get => _ingress ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyIngressRuleArgs>();
            set => _ingress = value;
        }

        [Input("podSelector", required: true)]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs> PodSelector { get; set; } = null!;

        [Input("policyTypes")]
        private InputList<string>? _policyTypes;

        public InputList<string> PolicyTypes
        {
            get => _policyTypes ??= new InputList<string>();
            set => _policyTypes = value;
        }

        public NetworkPolicySpecArgs()
        {
        }

        public static new NetworkPolicySpecArgs Empty => new NetworkPolicySpecArgs();
    }
}
