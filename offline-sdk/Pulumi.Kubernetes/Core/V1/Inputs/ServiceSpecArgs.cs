namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ServiceSpecArgs : global::Pulumi.ResourceArgs
    {
        [Input("allocateLoadBalancerNodePorts")]
        public Input<bool>? AllocateLoadBalancerNodePorts { get; set; }

        [Input("clusterIP")]
        public Input<string>? ClusterIP { get; set; }

        [Input("clusterIPs")]
        private InputList<string>? _clusterIPs;

        public InputList<string> ClusterIPs
        {
            get => _clusterIPs ??= new InputList<string>();
            set => _clusterIPs = value;
        }

        [Input("externalIPs")]
        private InputList<string>? _externalIPs;

        public InputList<string> ExternalIPs
        {
            get => _externalIPs ??= new InputList<string>();
            set => _externalIPs = value;
        }

        [Input("externalName")]
        public Input<string>? ExternalName { get; set; }

        [Input("externalTrafficPolicy")]
        public Input<string>? ExternalTrafficPolicy { get; set; }

        [Input("healthCheckNodePort")]
        public Input<int>? HealthCheckNodePort { get; set; }

        [Input("internalTrafficPolicy")]
        public Input<string>? InternalTrafficPolicy { get; set; }

        [Input("ipFamilies")]
        private InputList<string>? _ipFamilies;

        public InputList<string> IpFamilies
        {
            get => _ipFamilies ??= new InputList<string>();
            set => _ipFamilies = value;
        }

        [Input("ipFamily")]
        public Input<string>? IpFamily { get; set; }

        [Input("ipFamilyPolicy")]
        public Input<string>? IpFamilyPolicy { get; set; }

        [Input("loadBalancerClass")]
        public Input<string>? LoadBalancerClass { get; set; }

        [Input("loadBalancerIP")]
        public Input<string>? LoadBalancerIP { get; set; }

        [Input("loadBalancerSourceRanges")]
        private InputList<string>? _loadBalancerSourceRanges;

        public InputList<string> LoadBalancerSourceRanges
        {
            get => _loadBalancerSourceRanges ??= new InputList<string>();
            set => _loadBalancerSourceRanges = value;
        }

        [Input("ports")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServicePortArgs>? _ports;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServicePortArgs> Ports
        {
            get => _ports ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServicePortArgs>();
            set => _ports = value;
        }

        [Input("publishNotReadyAddresses")]
        public Input<bool>? PublishNotReadyAddresses { get; set; }

        [Input("selector")]
        private InputMap<string>? _selector;

        public InputMap<string> Selector
        {
            get => _selector ??= new InputMap<string>();
            set => _selector = value;
        }

        [Input("sessionAffinity")]
        public Input<string>? SessionAffinity { get; set; }

        [Input("sessionAffinityConfig")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.SessionAffinityConfigArgs>? SessionAffinityConfig { get; set; }

        [Input("topologyKeys")]
        private InputList<string>? _topologyKeys;

        public InputList<string> TopologyKeys
        {
            get => _topologyKeys ??= new InputList<string>();
            set => _topologyKeys = value;
        }

        [Input("trafficDistribution")]
        public Input<string>? TrafficDistribution { get; set; }

        [Input("type")]
        public InputUnion<string, global::Pulumi.Kubernetes.Core.V1.ServiceSpecType>? Type { get; set; }

        public ServiceSpecArgs()
        {
        }

        public static new ServiceSpecArgs Empty => new ServiceSpecArgs();
    }
}
