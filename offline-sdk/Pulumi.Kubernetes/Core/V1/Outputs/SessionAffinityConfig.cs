namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class SessionAffinityConfig
    {
        public readonly global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ClientIPConfig ClientIP;

        [OutputConstructor]
        private SessionAffinityConfig(global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ClientIPConfig clientIP)
        {
            ClientIP = clientIP;
        }
    }
}
