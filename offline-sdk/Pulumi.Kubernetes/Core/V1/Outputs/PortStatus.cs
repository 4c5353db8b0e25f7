namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class PortStatus
    {
        public readonly string Error;
        public readonly int Port;
        public readonly string Protocol;

        [OutputConstructor]
        private PortStatus(
            string error,
            int port,
            string protocol)
        {
            Error = error;
            Port = port;
            Protocol = protocol;
        }
    }
}
