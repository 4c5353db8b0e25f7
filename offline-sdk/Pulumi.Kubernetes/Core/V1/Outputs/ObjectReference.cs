namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class ObjectReference
    {
        public readonly string ApiVersion;
        public readonly string FieldPath;
        public readonly string Kind;
        public readonly string Name;
        public readonly string Namespace;
        public readonly string ResourceVersion;
        public readonly string Uid;

        [OutputConstructor]
        private ObjectReference(
            string apiVersion,
            string fieldPath,
            string kind,
            string name,
            string @namespace,
            string resourceVersion,
            string uid)
        {
            ApiVersion = apiVersion;
            FieldPath = fieldPath;
            Kind = kind;
            Name = name;
            Namespace = @namespace;
            ResourceVersion = resourceVersion;
            Uid = uid;
        }
    }
}
