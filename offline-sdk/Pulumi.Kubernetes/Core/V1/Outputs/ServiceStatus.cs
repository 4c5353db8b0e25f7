using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class ServiceStatus
    {
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.Condition> Conditions;
        public readonly global::Pulumi.Kubernetes.Types.Outputs.Core.V1.LoadBalancerStatus LoadBalancer;

        [OutputConstructor]
        private ServiceStatus(
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.Condition> conditions,
            global::Pulumi.Kubernetes.Types.Outputs.Core.V1.LoadBalancerStatus loadBalancer)
        {
            Conditions = conditions;
            LoadBalancer = loadBalancer;
        }
    }
}
