namespace Pulumi.Kubernetes.Types.Inputs.Meta.V1
{
    public class LabelSelectorArgs : global::Pulumi.ResourceArgs
    {
        [Input("matchExpressions")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorRequirementArgs>? _matchExpressions;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorRequirementArgs> MatchExpressions
        {
            get => _matchExpressions ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.LabelSelectorRequirementArgs>();
            set => _matchExpressions = value;
        }

        [Input("matchLabels")]
        private InputMap<string>? _matchLabels;

        public InputMap<string> MatchLabels
        {
            get => _matchLabels ??= new InputMap<string>();
            set => _matchLabels = value;
        }

        public LabelSelectorArgs()
        {
        }

        public static new LabelSelectorArgs Empty => new LabelSelectorArgs();
    }
}
