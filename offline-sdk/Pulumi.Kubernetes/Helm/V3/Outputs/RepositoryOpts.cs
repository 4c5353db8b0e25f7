namespace Pulumi.Kubernetes.Types.Outputs.Helm.V3
{
    [OutputType]
    public sealed class RepositoryOpts
    {
        public readonly string CaFile;
        public readonly string CertFile;
        public readonly string KeyFile;
        public readonly string Password;
        public readonly string Repo;
        public readonly string Username;

        [OutputConstructor]
        private RepositoryOpts(
            string caFile,
            string certFile,
            string keyFile,
            string password,
            string repo,
            string username)
        {
            CaFile = caFile;
            CertFile = certFile;
            KeyFile = keyFile;
            Password = password;
            Repo = repo;
            Username = username;
        }
    }
}
