namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class TopologySelectorLabelRequirementArgs : global::Pulumi.ResourceArgs
    {
        [Input("key", required: true)]
        public Input<string> Key { get; set; } = null!;

        [Input("values", required: true)]
        private InputList<string>? _values;

        public InputList<string> Values
        {
            get => _values ??= new InputList<string>();
            set => _values = value;
        }

        public TopologySelectorLabelRequirementArgs()
        {
        }

        public static new TopologySelectorLabelRequirementArgs Empty => new TopologySelectorLabelRequirementArgs();
    }
}
