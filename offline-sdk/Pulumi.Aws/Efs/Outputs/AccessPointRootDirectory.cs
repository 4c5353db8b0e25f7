namespace Pulumi.Aws.Efs.Outputs
{
    [OutputType]
    public sealed class AccessPointRootDirectory
    {
        public readonly Outputs.AccessPointRootDirectoryCreationInfo? CreationInfo;
        public readonly string? Path;

        [OutputConstructor]
        private AccessPointRootDirectory(
            Outputs.AccessPointRootDirectoryCreationInfo? creationInfo,
            string? path)
        {
            CreationInfo = creationInfo;
            Path = path;
        }
    }
}
