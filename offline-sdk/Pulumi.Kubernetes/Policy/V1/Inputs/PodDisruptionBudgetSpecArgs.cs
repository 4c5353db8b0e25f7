namespace Pulumi.Kubernetes.Types.Inputs.Policy.V1
{
    public class PodDisruptionBudgetSpecArgs : global::Pulumi.ResourceArgs
    {
        [Input("maxUnavailable")]
        public InputUnion<int, string>? MaxUnavailable { get; set; }

        [Input("minAvailable")]
        public InputUnion<int, string>? MinAvailable { get; set; }

        [Input("selector")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorArgs>? Selector { get; set; }

        [Input("unhealthyPodEvictionPolicy")]
        public Input<string>? UnhealthyPodEvictionPolicy { get; set; }

        public PodDisruptionBudgetSpecArgs()
        {
        }

        public static new PodDisruptionBudgetSpecArgs Empty => new PodDisruptionBudgetSpecArgs();
    }
}
