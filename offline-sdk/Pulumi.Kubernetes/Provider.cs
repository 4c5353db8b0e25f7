namespace Pulumi.Kubernetes
{
    /// <summary>
    /// The explicit provider resource of the kubernetes package ("pulumi:providers:kubernetes").
    /// </summary>
    public partial class Provider : global::Pulumi.ProviderResource
    {
        public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes", name, args ?? new ProviderArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class ProviderArgs : global::Pulumi.ResourceArgs
    {
        [Input("alwaysRender", json: true)]
        public Input<bool>? AlwaysRender { get; set; }

        [Input("cluster")]
        public Input<string>? Cluster { get; set; }

        [Input("clusterIdentifier")]
        public Input<string>? ClusterIdentifier { get; set; }

        [Input("context")]
        public Input<string>? Context { get; set; }

        [Input("deleteUnreachable", json: true)]
        public Input<bool>? DeleteUnreachable { get; set; }

        [Input("enableConfigMapMutable", json: true)]
        public Input<bool>? EnableConfigMapMutable { get; set; }

        [Input("enablePatchForce", json: true)]
        public Input<bool>? EnablePatchForce { get; set; }

        [Input("enableSecretMutable", json: true)]
        public Input<bool>? EnableSecretMutable { get; set; }

        [Input("enableServerSideApply", json: true)]
        public Input<bool>? EnableServerSideApply { get; set; }

        [Input("helmReleaseSettings", json: true)]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Provider.HelmReleaseSettingsArgs>? HelmReleaseSettings { get; set; }

        [Input("kubeClientSettings", json: true)]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Provider.KubeClientSettingsArgs>? KubeClientSettings { get; set; }

        [Input("kubeconfig")]
        public Input<string>? KubeConfig { get; set; }

        [Input("namespace")]
        public Input<string>? Namespace { get; set; }

        [Input("renderYamlToDirectory")]
        public Input<string>? RenderYamlToDirectory { get; set; }

        [Input("skipUpdateUnreachable", json: true)]
        public Input<bool>? SkipUpdateUnreachable { get; set; }

        [Input("suppressDeprecationWarnings", json: true)]
        public Input<bool>? SuppressDeprecationWarnings { get; set; }

        [Input("suppressHelmHookWarnings", json: true)]
        public Input<bool>? SuppressHelmHookWarnings { get; set; }

        [Input("upsertExistingObjects", json: true)]
        public Input<bool>? UpsertExistingObjects { get; set; }

        public ProviderArgs()
        {
            DeleteUnreachable = Utilities.GetEnvBoolean("PULUMI_K8S_DELETE_UNREACHABLE");
            EnableConfigMapMutable = Utilities.GetEnvBoolean("PULUMI_K8S_ENABLE_CONFIGMAP_MUTABLE");
            EnablePatchForce = Utilities.GetEnvBoolean("PULUMI_K8S_ENABLE_PATCH_FORCE");
            EnableSecretMutable = Utilities.GetEnvBoolean("PULUMI_K8S_ENABLE_SECRET_MUTABLE");
            EnableServerSideApply = Utilities.GetEnvBoolean("PULUMI_K8S_ENABLE_SERVER_SIDE_APPLY");
            KubeConfig = Utilities.GetEnvInput("KUBECONFIG");
            SkipUpdateUnreachable = Utilities.GetEnvBoolean("PULUMI_K8S_SKIP_UPDATE_UNREACHABLE");
            SuppressDeprecationWarnings = Utilities.GetEnvBoolean("PULUMI_K8S_SUPPRESS_DEPRECATION_WARNINGS");
            SuppressHelmHookWarnings = Utilities.GetEnvBoolean("PULUMI_K8S_SUPPRESS_HELM_HOOK_WARNINGS");
            UpsertExistingObjects = Utilities.GetEnvBoolean("PULUMI_K8S_UPSERT_EXISTING_OBJECTS");
        }

        public static new ProviderArgs Empty => new ProviderArgs();
    }
}
