namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class ServicePort
    {
        public readonly string AppProtocol;
        public readonly string Name;
        public readonly int NodePort;
        public readonly int Port;
        public readonly string Protocol;
        public readonly Union<int, string> TargetPort;

        [OutputConstructor]
        private ServicePort(
            string appProtocol,
            string name,
            int nodePort,
            int port,
            string protocol,
            Union<int, string> targetPort)
        {
            AppProtocol = appProtocol;
            Name = name;
            NodePort = nodePort;
            Port = port;
            Protocol = protocol;
            TargetPort = targetPort;
        }
    }
}
