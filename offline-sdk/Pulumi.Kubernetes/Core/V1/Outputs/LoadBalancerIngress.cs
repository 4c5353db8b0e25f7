using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class LoadBalancerIngress
    {
        public readonly string Hostname;
        public readonly string Ip;
        public readonly string IpMode;
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.PortStatus> Ports;

        [OutputConstructor]
        private LoadBalancerIngress(
            string hostname,
            string ip,
            string ipMode,
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.PortStatus> ports)
        {
            Hostname = hostname;
            Ip = ip;
            IpMode = ipMode;
            Ports = ports;
        }
    }
}
