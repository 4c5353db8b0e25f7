namespace Pulumi.Kubernetes.Types.Inputs.Provider
{
    public class KubeClientSettingsArgs : global::Pulumi.ResourceArgs
    {
        [Input("burst")]
        public Input<int>? Burst { get; set; }

        [Input("qps")]
        public Input<double>? Qps { get; set; }

        [Input("timeout")]
        public Input<int>? Timeout { get; set; }

        public KubeClientSettingsArgs()
        {
            Burst = Utilities.GetEnvInt32("PULUMI_K8S_CLIENT_BURST");
            Qps = Utilities.GetEnvDouble("PULUMI_K8S_CLIENT_QPS");
            Timeout = Utilities.GetEnvInt32("PULUMI_K8S_CLIENT_TIMEOUT");
        }

        public static new KubeClientSettingsArgs Empty => new KubeClientSettingsArgs();
    }
}
