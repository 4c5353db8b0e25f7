namespace Pulumi.Kubernetes.Types.Outputs.Rbac.V1
{
    [OutputType]
    public sealed class Subject
    {
        public readonly string ApiGroup;
        public readonly string Kind;
        public readonly string Name;
        public readonly string Namespace;

        [OutputConstructor]
        private Subject(
            string apiGroup,
            string kind,
            string name,
            string @namespace)
        {
            ApiGroup = apiGroup;
            Kind = kind;
            Name = name;
            Namespace = @namespace;
        }
    }
}
