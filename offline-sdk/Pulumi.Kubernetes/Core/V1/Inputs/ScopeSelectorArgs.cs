namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ScopeSelectorArgs : global::Pulumi.ResourceArgs
    {
        [Input("matchExpressions")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ScopedResourceSelectorRequirementArgs>? _matchExpressions;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ScopedResourceSelectorRequirementArgs> MatchExpressions
        {
            get => _matchExpressions ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ScopedResourceSelectorRequirementArgs>();
            set => _matchExpressions = value;
        }

        public ScopeSelectorArgs()
        {
        }

        public static new ScopeSelectorArgs Empty => new ScopeSelectorArgs();
    }
}
