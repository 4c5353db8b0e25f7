namespace Pulumi.Kubernetes.Types.Outputs.Networking.V1
{
    [OutputType]
    public sealed class NetworkPolicyPort
    {
        public readonly int EndPort;
        public readonly Union<int, string> Port;
        public readonly string Protocol;

        [OutputConstructor]
        private NetworkPolicyPort(
            int endPort,
            Union<int, string> port,
            string protocol)
        {
            EndPort = endPort;
            Port = port;
            Protocol = protocol;
        }
    }
}
