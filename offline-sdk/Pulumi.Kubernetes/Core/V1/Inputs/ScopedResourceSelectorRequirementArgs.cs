namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ScopedResourceSelectorRequirementArgs : global::Pulumi.ResourceArgs
    {
        [Input("operator", required: true)]
        public Input<string> Operator { get; set; } = null!;

        [Input("scopeName", required: true)]
        public Input<string> ScopeName { get; set; } = null!;

        [Input("values")]
        private InputList<string>? _values;

        public InputList<string> Values
        {
            get => _values ??= new InputList<string>();
            set => _values = value;
        }

        public ScopedResourceSelectorRequirementArgs()
        {
        }

        public static new ScopedResourceSelectorRequirementArgs Empty => new ScopedResourceSelectorRequirementArgs();
    }
}
