using System.Collections.Immutable;

namespace Pulumi.Aws.Efs.Outputs
{
    [OutputType]
    public sealed class AccessPointPosixUser
    {
        public readonly int Gid;
        public readonly ImmutableArray<int> SecondaryGids;
        public readonly int Uid;

        [OutputConstructor]
        private AccessPointPosixUser(
            int gid,
            ImmutableArray<int> secondaryGids,
            int uid)
        {
            Gid = gid;
            SecondaryGids = secondaryGids;
            Uid = uid;
        }
    }
}
