namespace Pulumi.Kubernetes.Types.Outputs.Meta.V1
{
    [OutputType]
    public sealed class OwnerReference
    {
        public readonly string ApiVersion;
        public readonly bool BlockOwnerDeletion;
        public readonly bool Controller;
        public readonly string Kind;
        public readonly string Name;
        public readonly string Uid;

        [OutputConstructor]
        private OwnerReference(
            string apiVersion,
            bool blockOwnerDeletion,
            bool controller,
            string kind,
            string name,
            string uid)
        {
            ApiVersion = apiVersion;
            BlockOwnerDeletion = blockOwnerDeletion;
            Controller = controller;
            Kind = kind;
            Name = name;
            Uid = uid;
        }
    }
}
