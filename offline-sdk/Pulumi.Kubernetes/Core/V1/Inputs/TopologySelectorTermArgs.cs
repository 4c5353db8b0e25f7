namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class TopologySelectorTermArgs : global::Pulumi.ResourceArgs
    {
        [Input("matchLabelExpressions")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.TopologySelectorLabelRequirementArgs>? _matchLabelExpressions;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.TopologySelectorLabelRequirementArgs> MatchLabelExpressions
        {
            get => _matchLabelExpressions ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.TopologySelectorLabelRequirementArgs>();
            set => _matchLabelExpressions = value;
        }

        public TopologySelectorTermArgs()
        {
        }

        public static new TopologySelectorTermArgs Empty => new TopologySelectorTermArgs();
    }
}
