namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class LimitRangeSpecArgs : global::Pulumi.ResourceArgs
    {
        [Input("limits", required: true)]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeItemArgs>? _limits;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeItemArgs> Limits
        {
            get => _limits ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeItemArgs>();
            set => _limits = value;
        }

        public LimitRangeSpecArgs()
        {
        }

        public static new LimitRangeSpecArgs Empty => new LimitRangeSpecArgs();
    }
}
