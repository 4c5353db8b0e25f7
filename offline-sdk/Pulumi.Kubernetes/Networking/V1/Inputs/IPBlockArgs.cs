namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1
{
    public class IPBlockArgs : global::Pulumi.ResourceArgs
    {
        [Input("cidr", required: true)]
        public Input<string> Cidr { get; set; } = null!;

        [Input("except")]
        private InputList<string>? _except;

        public InputList<string> Except
        {
            get => _except ??= new InputList<string>();
            set => _except = value;
        }

        public IPBlockArgs()
        {
        }

        public static new IPBlockArgs Empty => new IPBlockArgs();
    }
}
