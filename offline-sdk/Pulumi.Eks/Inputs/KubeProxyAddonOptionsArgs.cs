namespace Pulumi.Eks.Inputs
{
    /// <summary>Settings of the kube-proxy addon.</summary>
    public sealed class KubeProxyAddonOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("configurationValues")]
        private InputMap<object>? _configurationValues;
        public InputMap<object> ConfigurationValues
        {
            get => _configurationValues ?? (_configurationValues = new InputMap<object>());
            set => _configurationValues = value;
        }

        [Input("enabled")]
        public bool? Enabled { get; set; }

        [Input("resolveConflictsOnCreate")]
        public Pulumi.Eks.ResolveConflictsOnCreate? ResolveConflictsOnCreate { get; set; }

        [Input("resolveConflictsOnUpdate")]
        public Pulumi.Eks.ResolveConflictsOnUpdate? ResolveConflictsOnUpdate { get; set; }

        [Input("version")]
        public Input<string>? Version { get; set; }

        public KubeProxyAddonOptionsArgs()
        {
            ResolveConflictsOnCreate = Pulumi.Eks.ResolveConflictsOnCreate.Overwrite;
            ResolveConflictsOnUpdate = Pulumi.Eks.ResolveConflictsOnUpdate.Overwrite;
        }

        public static new KubeProxyAddonOptionsArgs Empty => new KubeProxyAddonOptionsArgs();
    }
}
