namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class LimitRangeItemArgs : global::Pulumi.ResourceArgs
    {
        [Input("default")]
        private InputMap<string>? _default;

        public InputMap<string> Default
        {
            get => _default ??= new InputMap<string>();
            set => _default = value;
        }

        [Input("defaultRequest")]
        private InputMap<string>? _defaultRequest;

        public InputMap<string> DefaultRequest
        {
            get => _defaultRequest ??= new InputMap<string>();
            set => _defaultRequest = value;
        }

        [Input("max")]
        private InputMap<string>? _max;

        public InputMap<string> Max
        {
            get => _max ??= new InputMap<string>();
            set => _max = value;
        }

        [Input("maxLimitRequestRatio")]
        private InputMap<string>? _maxLimitRequestRatio;

        public InputMap<string> MaxLimitRequestRatio
        {
            get => _maxLimitRequestRatio ??= new InputMap<string>();
            set => _maxLimitRequestRatio = value;
        }

        [Input("min")]
        private InputMap<string>? _min;

        public InputMap<string> Min
        {
            get => _min ??= new InputMap<string>();
            set => _min = value;
        }

        [Input("type", required: true)]
        public Input<string> Type { get; set; } = null!;

        public LimitRangeItemArgs()
        {
        }

        public static new LimitRangeItemArgs Empty => new LimitRangeItemArgs();
    }
}
