namespace Pulumi.Tls
{
    /// <summary>A private key (RSA, ECDSA or ED25519).</summary>
    public partial class PrivateKey : global::Pulumi.CustomResource
    {
        [Output("algorithm")]
        public Output<string> Algorithm { get; private set; } = null!;

        [Output("ecdsaCurve")]
        public Output<string> EcdsaCurve { get; private set; } = null!;

        [Output("privateKeyOpenssh")]
        public Output<string> PrivateKeyOpenssh { get; private set; } = null!;

        [Output("privateKeyPem")]
        public Output<string> PrivateKeyPem { get; private set; } = null!;

        [Output("privateKeyPemPkcs8")]
        public Output<string> PrivateKeyPemPkcs8 { get; private set; } = null!;

        [Output("publicKeyFingerprintMd5")]
        public Output<string> PublicKeyFingerprintMd5 { get; private set; } = null!;

        [Output("publicKeyFingerprintSha256")]
        public Output<string> PublicKeyFingerprintSha256 { get; private set; } = null!;

        [Output("publicKeyOpenssh")]
        public Output<string> PublicKeyOpenssh { get; private set; } = null!;

        [Output("publicKeyPem")]
        public Output<string> PublicKeyPem { get; private set; } = null!;

        [Output("rsaBits")]
        public Output<int> RsaBits { get; private set; } = null!;

        public PrivateKey(string name, PrivateKeyArgs args, CustomResourceOptions? options = null)
            : base("tls:index/privateKey:PrivateKey", name, args ?? new PrivateKeyArgs(), MakeResourceOptions(options, ""))
        {
        }

        private PrivateKey(string name, Input<string> id, PrivateKeyState? state = null, CustomResourceOptions? options = null)
            : base("tls:index/privateKey:PrivateKey", name, state, MakeResourceOptions(options, id))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                AdditionalSecretOutputs =
                {
                    "privateKeyOpenssh",
                    "privateKeyPem",
                    "privateKeyPemPkcs8",
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static PrivateKey Get(string name, Input<string> id, PrivateKeyState? state = null, CustomResourceOptions? options = null)
        {
            return new PrivateKey(name, id, state, options);
        }
    }

    public sealed class PrivateKeyArgs : global::Pulumi.ResourceArgs
    {
        [Input("algorithm", required: true)]
        public Input<string> Algorithm { get; set; } = null!;

        [Input("ecdsaCurve")]
        public Input<string>? EcdsaCurve { get; set; }

        [Input("rsaBits")]
        public Input<int>? RsaBits { get; set; }

        public PrivateKeyArgs()
        {
        }

        public static new PrivateKeyArgs Empty => new PrivateKeyArgs();
    }

    public sealed class PrivateKeyState : global::Pulumi.ResourceArgs
    {
        [Input("algorithm")]
        public Input<string>? Algorithm { get; set; }

        [Input("ecdsaCurve")]
        public Input<string>? EcdsaCurve { get; set; }

        [Input("privateKeyOpenssh")]
        private Input<string>? _privateKeyOpenssh;
        public Input<string>? PrivateKeyOpenssh
        {
            get => _privateKeyOpenssh;
            set => _privateKeyOpenssh = SecretInput.Wrap(value);
        }

        [Input("privateKeyPem")]
        private Input<string>? _privateKeyPem;
        public Input<string>? PrivateKeyPem
        {
            get => _privateKeyPem;
            set => _privateKeyPem = SecretInput.Wrap(value);
        }

        [Input("privateKeyPemPkcs8")]
        private Input<string>? _privateKeyPemPkcs8;
        public Input<string>? PrivateKeyPemPkcs8
        {
            get => _privateKeyPemPkcs8;
            set => _privateKeyPemPkcs8 = SecretInput.Wrap(value);
        }

        [Input("publicKeyFingerprintMd5")]
        public Input<string>? PublicKeyFingerprintMd5 { get; set; }

        [Input("publicKeyFingerprintSha256")]
        public Input<string>? PublicKeyFingerprintSha256 { get; set; }

        [Input("publicKeyOpenssh")]
        public Input<string>? PublicKeyOpenssh { get; set; }

        [Input("publicKeyPem")]
        public Input<string>? PublicKeyPem { get; set; }

        [Input("rsaBits")]
        public Input<int>? RsaBits { get; set; }

        public PrivateKeyState()
        {
        }

        public static new PrivateKeyState Empty => new PrivateKeyState();
    }
}
