using System.Collections.Immutable;

namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class AccessPolicyAssociationAccessScope
    {
        public readonly ImmutableArray<string> Namespaces;
        public readonly string Type;

        [OutputConstructor]
        private AccessPolicyAssociationAccessScope(
            ImmutableArray<string> namespaces,
            string type)
        {
            Namespaces = namespaces;
            Type = type;
        }
    }
}
