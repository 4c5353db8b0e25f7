namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class FargateProfileSelectorArgs : global::Pulumi.ResourceArgs
    {
        [Input("labels")]
        private InputMap<string>? _labels;
        public InputMap<string> Labels
        {
            get => _labels ?? (_labels = new InputMap<string>());
            set => _labels = value;
        }

        [Input("namespace", required: true)]
        public Input<string> Namespace { get; set; } = null!;

        public FargateProfileSelectorArgs()
        {
        }
        public static new FargateProfileSelectorArgs Empty => new FargateProfileSelectorArgs();
    }
}
