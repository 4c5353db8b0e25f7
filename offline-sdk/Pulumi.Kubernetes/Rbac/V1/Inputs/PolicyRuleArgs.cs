namespace Pulumi.Kubernetes.Types.Inputs.Rbac.V1
{
    public class PolicyRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiGroups")]
        private InputList<string>? _apiGroups;

        public InputList<string> ApiGroups
        {
            get => _apiGroups ??= new InputList<string>();
            set => _apiGroups = value;
        }

        [Input("nonResourceURLs")]
        private InputList<string>? _nonResourceURLs;

        public InputList<string> NonResourceURLs
        {
            get => _nonResourceURLs ??= new InputList<string>();
            set => _nonResourceURLs = value;
        }

        [Input("resourceNames")]
        private InputList<string>? _resourceNames;

        public InputList<string> ResourceNames
        {
            get => _resourceNames ??= new InputList<string>();
            set => _resourceNames = value;
        }

        [Input("resources")]
        private InputList<string>? _resources;

        public InputList<string> Resources
        {
            get => _resources ??= new InputList<string>();
            set => _resources = value;
        }

        [Input("verbs", required: true)]
        private InputList<string>? _verbs;

        public InputList<string> Verbs
        {
            get => _verbs ??= new InputList<string>();
            set => _verbs = value;
        }

        public PolicyRuleArgs()
        {
        }

        public static new PolicyRuleArgs Empty => new PolicyRuleArgs();
    }
}
