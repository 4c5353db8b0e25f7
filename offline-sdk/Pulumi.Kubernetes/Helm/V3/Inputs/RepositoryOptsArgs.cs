namespace Pulumi.Kubernetes.Types.Inputs.Helm.V3
{
    public class RepositoryOptsArgs : global::Pulumi.ResourceArgs
    {
        [Input("caFile")]
        public Input<string>? CaFile { get; set; }

        [Input("certFile")]
        public Input<string>? CertFile { get; set; }

        [Input("keyFile")]
        public Input<string>? KeyFile { get; set; }

        [Input("password")]
        private Input<string>? _password;

        public Input<string>? Password
        {
            get => _password;
            set
            {
                // Mark the value secret by combining it with a secret placeholder.
                var secretMarker = global::Pulumi.Output.CreateSecret(0);
                _password = global::Pulumi.Output.Tuple<Input<string>?, int>(value, secretMarker).Apply(pair => pair.Item1);
            }
        }

        [Input("repo")]
        public Input<string>? Repo { get; set; }

        [Input("username")]
        public Input<string>? Username { get; set; }

        public RepositoryOptsArgs()
        {
        }

        public static new RepositoryOptsArgs Empty => new RepositoryOptsArgs();
    }
}
