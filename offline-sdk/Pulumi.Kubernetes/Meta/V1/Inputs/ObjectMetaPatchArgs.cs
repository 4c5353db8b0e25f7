namespace Pulumi.Kubernetes.Types.Inputs.Meta.V1
{
    public class ObjectMetaPatchArgs : global::Pulumi.ResourceArgs
    {
        [Input("annotations")]
        private InputMap<string>? _annotations;

        public InputMap<string> Annotations
        {
            get => _annotations ??= new InputMap<string>();
            set => _annotations = value;
        }

        [Input("labels")]
        private InputMap<string>? _labels;

        public InputMap<string> Labels
        {
            get => _labels ??= new InputMap<string>();
            set => _labels = value;
        }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("namespace")]
        public Input<string>? Namespace { get; set; }

        public ObjectMetaPatchArgs()
        {
        }

        public static new ObjectMetaPatchArgs Empty => new ObjectMetaPatchArgs();
    }
}
