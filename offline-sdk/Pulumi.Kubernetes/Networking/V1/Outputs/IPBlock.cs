using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Networking.V1
{
    [OutputType]
    public sealed class IPBlock
    {
        public readonly string Cidr;
        public readonly ImmutableArray<string> Except;

        [OutputConstructor]
        private IPBlock(
            string cidr,
            ImmutableArray<string> except)
        {
            Cidr = cidr;
            Except = except;
        }
    }
}
