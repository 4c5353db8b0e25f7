namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class AccessPolicyAssociationAccessScopeArgs : global::Pulumi.ResourceArgs
    {
        [Input("namespaces")]
        private InputList<string>? _namespaces;
        public InputList<string> Namespaces
        {
            get => _namespaces ?? (_namespaces = new InputList<string>());
            set => _namespaces = value;
        }

        [Input("type", required: true)]
        public Input<string> Type { get; set; } = null!;

        public AccessPolicyAssociationAccessScopeArgs()
        {
        }
        public static new AccessPolicyAssociationAccessScopeArgs Empty => new AccessPolicyAssociationAccessScopeArgs();
    }
}
