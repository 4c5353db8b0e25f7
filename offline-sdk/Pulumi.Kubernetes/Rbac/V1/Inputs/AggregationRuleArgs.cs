namespace Pulumi.Kubernetes.Types.Inputs.Rbac.V1
{
    public class AggregationRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("clusterRoleSelectors")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? _clusterRoleSelectors;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs> ClusterRoleSelectors
        {
            get => _clusterRoleSelectors ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>();
            set => _clusterRoleSelectors = value;
        }

        public AggregationRuleArgs()
        {
        }

        public static new AggregationRuleArgs Empty => new AggregationRuleArgs();
    }
}
