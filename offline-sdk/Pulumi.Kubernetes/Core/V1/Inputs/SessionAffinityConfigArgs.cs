namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class SessionAffinityConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("clientIP")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ClientIPConfigArgs>? ClientIP { get; set; }

        public SessionAffinityConfigArgs()
        {
        }

        public static new SessionAffinityConfigArgs Empty => new SessionAffinityConfigArgs();
    }
}
