namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class NamespaceSpecArgs : global::Pulumi.ResourceArgs
    {
        [Input("finalizers")]
        private InputList<string>? _finalizers;

        public InputList<string> Finalizers
        {
            get => _finalizers ??= new InputList<string>();
            set => _finalizers = value;
        }

        public NamespaceSpecArgs()
        {
        }

        public static new NamespaceSpecArgs Empty => new NamespaceSpecArgs();
    }
}
