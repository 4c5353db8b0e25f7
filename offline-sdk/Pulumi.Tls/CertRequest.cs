using System.Collections.Immutable;

namespace Pulumi.Tls
{
    /// <summary>A certificate signing request (CSR) in PEM format.</summary>
    public partial class CertRequest : global::Pulumi.CustomResource
    {
        [Output("certRequestPem")]
        public Output<string> CertRequestPem { get; private set; } = null!;

        [Output("dnsNames")]
        public Output<ImmutableArray<string>> DnsNames { get; private set; } = null!;

        [Output("ipAddresses")]
        public Output<ImmutableArray<string>> IpAddresses { get; private set; } = null!;

        [Output("keyAlgorithm")]
        public Output<string> KeyAlgorithm { get; private set; } = null!;

        [Output("privateKeyPem")]
        public Output<string> PrivateKeyPem { get; private set; } = null!;

        [Output("subject")]
        public Output<Outputs.CertRequestSubject?> Subject { get; private set; } = null!;

        [Output("uris")]
        public Output<ImmutableArray<string>> Uris { get; private set; } = null!;

        public CertRequest(string name, CertRequestArgs args, CustomResourceOptions? options = null)
            : base("tls:index/certRequest:CertRequest", name, args ?? new CertRequestArgs(), MakeResourceOptions(options, ""))
        {
        }

        private CertRequest(string name, Input<string> id, CertRequestState? state = null, CustomResourceOptions? options = null)
            : base("tls:index/certRequest:CertRequest", name, state, MakeResourceOptions(options, id))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                AdditionalSecretOutputs =
                {
                    "privateKeyPem",
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static CertRequest Get(string name, Input<string> id, CertRequestState? state = null, CustomResourceOptions? options = null)
        {
            return new CertRequest(name, id, state, options);
        }
    }

    public sealed class CertRequestArgs : global::Pulumi.ResourceArgs
    {
        [Input("dnsNames")]
        private InputList<string>? _dnsNames;
        public InputList<string> DnsNames
        {
            get => _dnsNames ?? (_dnsNames = new InputList<string>());
            set => _dnsNames = value;
        }

        [Input("ipAddresses")]
        private InputList<string>? _ipAddresses;
        public InputList<string> IpAddresses
        {
            get => _ipAddresses ?? (_ipAddresses = new InputList<string>());
            set => _ipAddresses = value;
        }

        [Input("privateKeyPem", required: true)]
        private Input<string>? _privateKeyPem;
        public Input<string>? PrivateKeyPem
        {
            get => _privateKeyPem;
            set => _privateKeyPem = SecretInput.Wrap(value);
        }

        [Input("subject")]
        public Input<Inputs.CertRequestSubjectArgs>? Subject { get; set; }

        [Input("uris")]
        private InputList<string>? _uris;
        public InputList<string> Uris
        {
            get => _uris ?? (_uris = new InputList<string>());
            set => _uris = value;
        }

        public CertRequestArgs()
        {
        }

        public static new CertRequestArgs Empty => new CertRequestArgs();
    }

    public sealed class CertRequestState : global::Pulumi.ResourceArgs
    {
        [Input("certRequestPem")]
        public Input<string>? CertRequestPem { get; set; }

        [Input("dnsNames")]
        private InputList<string>? _dnsNames;
        public InputList<string> DnsNames
        {
            get => _dnsNames ?? (_dnsNames = new InputList<string>());
            set => _dnsNames = value;
        }

        [Input("ipAddresses")]
        private InputList<string>? _ipAddresses;
        public InputList<string> IpAddresses
        {
            get => _ipAddresses ?? (_ipAddresses = new InputList<string>());
            set => _ipAddresses = value;
        }

        [Input("keyAlgorithm")]
        public Input<string>? KeyAlgorithm { get; set; }

        [Input("privateKeyPem")]
        private Input<string>? _privateKeyPem;
        public Input<string>? PrivateKeyPem
        {
            get => _privateKeyPem;
            set => _privateKeyPem = SecretInput.Wrap(value);
        }

        [Input("subject")]
        public Input<Inputs.CertRequestSubjectGetArgs>? Subject { get; set; }

        [Input("uris")]
        private InputList<string>? _uris;
        public InputList<string> Uris
        {
            get => _uris ?? (_uris = new InputList<string>());
            set => _uris = value;
        }

        public CertRequestState()
        {
        }

        public static new CertRequestState Empty => new CertRequestState();
    }
}
