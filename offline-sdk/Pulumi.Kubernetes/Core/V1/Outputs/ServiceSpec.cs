using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class ServiceSpec
    {
        public readonly bool AllocateLoadBalancerNodePorts;
        public readonly string ClusterIP;
        public readonly ImmutableArray<string> ClusterIPs;
        public readonly ImmutableArray<string> ExternalIPs;
        public readonly string ExternalName;
        public readonly string ExternalTrafficPolicy;
        public readonly int HealthCheckNodePort;
        public readonly string InternalTrafficPolicy;
        public readonly ImmutableArray<string> IpFamilies;
        public readonly string IpFamily;
        public readonly string IpFamilyPolicy;
        public readonly string LoadBalancerClass;
        public readonly string LoadBalancerIP;
        public readonly ImmutableArray<string> LoadBalancerSourceRanges;
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ServicePort> Ports;
        public readonly bool PublishNotReadyAddresses;
        public readonly ImmutableDictionary<string, string> Selector;
        public readonly string SessionAffinity;
        public readonly global::Pulumi.Kubernetes.Types.Outputs.Core.V1.SessionAffinityConfig SessionAffinityConfig;
        public readonly ImmutableArray<string> TopologyKeys;
        public readonly string TrafficDistribution;
        public readonly string Type;

        [OutputConstructor]
        private ServiceSpec(
            bool allocateLoadBalancerNodePorts,
            string clusterIP,
            ImmutableArray<string> clusterIPs,
            ImmutableArray<string> externalIPs,
            string externalName,
            string externalTrafficPolicy,
            int healthCheckNodePort,
            string internalTrafficPolicy,
            ImmutableArray<string> ipFamilies,
            string ipFamily,
            string ipFamilyPolicy,
            string loadBalancerClass,
            string loadBalancerIP,
            ImmutableArray<string> loadBalancerSourceRanges,
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ServicePort> ports,
            bool publishNotReadyAddresses,
            ImmutableDictionary<string, string> selector,
            string sessionAffinity,
            global::Pulumi.Kubernetes.Types.Outputs.Core.V1.SessionAffinityConfig sessionAffinityConfig,
            ImmutableArray<string> topologyKeys,
            string trafficDistribution,
            string type)
        {
            AllocateLoadBalancerNodePorts = allocateLoadBalancerNodePorts;
            ClusterIP = clusterIP;
            ClusterIPs = clusterIPs;
            ExternalIPs = externalIPs;
            ExternalName = externalName;
            ExternalTrafficPolicy = externalTrafficPolicy;
            HealthCheckNodePort = healthCheckNodePort;
            InternalTrafficPolicy = internalTrafficPolicy;
            IpFamilies = ipFamilies;
            IpFamily = ipFamily;
            IpFamilyPolicy = ipFamilyPolicy;
            LoadBalancerClass = loadBalancerClass;
            LoadBalancerIP = loadBalancerIP;
            LoadBalancerSourceRanges = loadBalancerSourceRanges;
            Ports = ports;
            PublishNotReadyAddresses = publishNotReadyAddresses;
            Selector = selector;
            SessionAffinity = sessionAffinity;
            SessionAffinityConfig = sessionAffinityConfig;
            TopologyKeys = topologyKeys;
            TrafficDistribution = trafficDistribution;
            Type = type;
        }
    }
}
