namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ClientIPConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("timeoutSeconds")]
        public Input<int>? TimeoutSeconds { get; set; }

        public ClientIPConfigArgs()
        {
        }

        public static new ClientIPConfigArgs Empty => new ClientIPConfigArgs();
    }
}
