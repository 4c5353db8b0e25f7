namespace Pulumi.Aws.Efs.Outputs
{
    [OutputType]
    public sealed class AccessPointRootDirectoryCreationInfo
    {
        public readonly int OwnerGid;
        public readonly int OwnerUid;
        public readonly string Permissions;

        [OutputConstructor]
        private AccessPointRootDirectoryCreationInfo(
            int ownerGid,
            int ownerUid,
            string permissions)
        {
            OwnerGid = ownerGid;
            OwnerUid = ownerUid;
            Permissions = permissions;
        }
    }
}
