namespace Pulumi.Kubernetes.Types.Outputs.Rbac.V1
{
    [OutputType]
    public sealed class RoleRef
    {
        public readonly string ApiGroup;
        public readonly string Kind;
        public readonly string Name;

        [OutputConstructor]
        private RoleRef(
            string apiGroup,
            string kind,
            string name)
        {
            ApiGroup = apiGroup;
            Kind = kind;
            Name = name;
        }
    }
}
