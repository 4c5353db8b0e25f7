namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ResourceQuotaSpecArgs : global::Pulumi.ResourceArgs
    {
        [Input("hard")]
        private InputMap<string>? _hard;

        public InputMap<string> Hard
        {
            get => _hard ??= new InputMap<string>();
            set => _hard = value;
        }

        [Input("scopeSelector")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ScopeSelectorArgs>? ScopeSelector { get; set; }

        [Input("scopes")]
        private InputList<string>? _scopes;

        public InputList<string> Scopes
        {
            get => _scopes ??= new InputList<string>();
            set => _scopes = value;
        }

        public ResourceQuotaSpecArgs()
        {
        }

        public static new ResourceQuotaSpecArgs Empty => new ResourceQuotaSpecArgs();
    }
}
