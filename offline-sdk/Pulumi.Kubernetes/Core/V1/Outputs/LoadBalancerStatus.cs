using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class LoadBalancerStatus
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.LoadBalancerIngress> Ingress;

        [OutputConstructor]
        private LoadBalancerStatus(ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.LoadBalancerIngress> ingress)
        {
            Ingress = ingress;
        }
    }
}
