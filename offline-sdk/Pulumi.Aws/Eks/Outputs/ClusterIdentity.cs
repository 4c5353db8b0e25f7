using System.Collections.Immutable;

namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class ClusterIdentity
    {
        public readonly ImmutableArray<Outputs.ClusterIdentityOidc> Oidcs;

        [OutputConstructor]
        private ClusterIdentity(ImmutableArray<Outputs.ClusterIdentityOidc> oidcs)
        {
            Oidcs = oidcs;
        }
    }
}
