namespace Pulumi.Kubernetes.Types.Inputs.Provider
{
    public class HelmReleaseSettingsArgs : global::Pulumi.ResourceArgs
    {
        [Input("driver")]
        public Input<string>? Driver { get; set; }

        [Input("pluginsPath")]
        public Input<string>? PluginsPath { get; set; }

        [Input("registryConfigPath")]
        public Input<string>? RegistryConfigPath { get; set; }

        [Input("repositoryCache")]
        public Input<string>? RepositoryCache { get; set; }

        [Input("repositoryConfigPath")]
        public Input<string>? RepositoryConfigPath { get; set; }

        public HelmReleaseSettingsArgs()
        {
            Driver = Utilities.GetEnvInput("PULUMI_K8S_HELM_DRIVER");
            PluginsPath = Utilities.GetEnvInput("PULUMI_K8S_HELM_PLUGINS_PATH");
            RegistryConfigPath = Utilities.GetEnvInput("PULUMI_K8S_HELM_REGISTRY_CONFIG_PATH");
            RepositoryCache = Utilities.GetEnvInput("PULUMI_K8S_HELM_REPOSITORY_CACHE");
            RepositoryConfigPath = Utilities.GetEnvInput("PULUMI_K8S_HELM_REPOSITORY_CONFIG_PATH");
        }

        public static new HelmReleaseSettingsArgs Empty => new HelmReleaseSettingsArgs();
    }
}
