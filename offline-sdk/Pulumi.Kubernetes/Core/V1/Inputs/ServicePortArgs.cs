namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ServicePortArgs : global::Pulumi.ResourceArgs
    {
        [Input("appProtocol")]
        public Input<string>? AppProtocol { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("nodePort")]
        public Input<int>? NodePort { get; set; }

        [Input("port", required: true)]
        public Input<int> Port { get; set; } = null!;

        [Input("protocol")]
        public Input<string>? Protocol { get; set; }

        [Input("targetPort")]
        public InputUnion<int, string>? TargetPort { get; set; }

        public ServicePortArgs()
        {
        }

        public static new ServicePortArgs Empty => new ServicePortArgs();
    }
}
