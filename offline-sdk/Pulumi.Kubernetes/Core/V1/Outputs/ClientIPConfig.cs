namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class ClientIPConfig
    {
        public readonly int TimeoutSeconds;

        [OutputConstructor]
        private ClientIPConfig(int timeoutSeconds)
        {
            TimeoutSeconds = timeoutSeconds;
        }
    }
}
