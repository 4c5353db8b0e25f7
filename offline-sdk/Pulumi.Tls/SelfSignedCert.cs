using System.Collections.Immutable;

namespace Pulumi.Tls
{
    /// <summary>A self-signed TLS certificate in PEM format.</summary>
    public partial class SelfSignedCert : global::Pulumi.CustomResource
    {
        [Output("allowedUses")]
        public Output<ImmutableArray<string>> AllowedUses { get; private set; } = null!;

        [Output("certPem")]
        public Output<string> CertPem { get; private set; } = null!;

        [Output("dnsNames")]
        public Output<ImmutableArray<string>> DnsNames { get; private set; } = null!;

        [Output("earlyRenewalHours")]
        public Output<int> EarlyRenewalHours { get; private set; } = null!;

        [Output("ipAddresses")]
        public Output<ImmutableArray<string>> IpAddresses { get; private set; } = null!;

        [Output("isCaCertificate")]
        public Output<bool> IsCaCertificate { get; private set; } = null!;

        [Output("keyAlgorithm")]
        public Output<string> KeyAlgorithm { get; private set; } = null!;

        [Output("maxPathLength")]
        public Output<int> MaxPathLength { get; private set; } = null!;

        [Output("privateKeyPem")]
        public Output<string> PrivateKeyPem { get; private set; } = null!;

        [Output("readyForRenewal")]
        public Output<bool> ReadyForRenewal { get; private set; } = null!;

        [Output("setAuthorityKeyId")]
        public Output<bool> SetAuthorityKeyId { get; private set; } = null!;

        [Output("setSubjectKeyId")]
        public Output<bool> SetSubjectKeyId { get; private set; } = null!;

        [Output("subject")]
        public Output<Outputs.SelfSignedCertSubject?> Subject { get; private set; } = null!;

        [Output("uris")]
        public Output<ImmutableArray<string>> Uris { get; private set; } = null!;

        [Output("validityEndTime")]
        public Output<string> ValidityEndTime { get; private set; } = null!;

        [Output("validityPeriodHours")]
        public Output<int> ValidityPeriodHours { get; private set; } = null!;

        [Output("validityStartTime")]
        public Output<string> ValidityStartTime { get; private set; } = null!;

        public SelfSignedCert(string name, SelfSignedCertArgs args, CustomResourceOptions? options = null)
            : base("tls:index/selfSignedCert:SelfSignedCert", name, args ?? new SelfSignedCertArgs(), MakeResourceOptions(options, ""))
        {
        }

        private SelfSignedCert(string name, Input<string> id, SelfSignedCertState? state = null, CustomResourceOptions? options = null)
            : base("tls:index/selfSignedCert:SelfSignedCert", name, state, MakeResourceOptions(options, id))
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

        public static SelfSignedCert Get(string name, Input<string> id, SelfSignedCertState? state = null, CustomResourceOptions? options = null)
        {
            return new SelfSignedCert(name, id, state, options);
        }
    }

    public sealed class SelfSignedCertArgs : global::Pulumi.ResourceArgs
    {
        [Input("allowedUses", required: true)]
        private InputList<string>? _allowedUses;
        public InputList<string> AllowedUses
        {
            get => _allowedUses ?? (_allowedUses = new InputList<string>());
            set => _allowedUses = value;
        }

        [Input("dnsNames")]
        private InputList<string>? _dnsNames;
        public InputList<string> DnsNames
        {
            get => _dnsNames ?? (_dnsNames = new InputList<string>());
            set => _dnsNames = value;
        }

        [Input("earlyRenewalHours")]
        public Input<int>? EarlyRenewalHours { get; set; }

        [Input("ipAddresses")]
        private InputList<string>? _ipAddresses;
        public InputList<string> IpAddresses
        {
            get => _ipAddresses ?? (_ipAddresses = new InputList<string>());
            set => _ipAddresses = value;
        }

        [Input("isCaCertificate")]
        public Input<bool>? IsCaCertificate { get; set; }

        [Input("maxPathLength")]
        public Input<int>? MaxPathLength { get; set; }

        [Input("privateKeyPem", required: true)]
        private Input<string>? _privateKeyPem;
        public Input<string>? PrivateKeyPem
        {
            get => _privateKeyPem;
            set => _privateKeyPem = SecretInput.Wrap(value);
        }

        [Input("setAuthorityKeyId")]
        public Input<bool>? SetAuthorityKeyId { get; set; }

        [Input("setSubjectKeyId")]
        public Input<bool>? SetSubjectKeyId { get; set; }

        [Input("subject")]
        public Input<Inputs.SelfSignedCertSubjectArgs>? Subject { get; set; }

        [Input("uris")]
        private InputList<string>? _uris;
        public InputList<string> Uris
        {
            get => _uris ?? (_uris = new InputList<string>());
            set => _uris = value;
        }

        [Input("validityPeriodHours", required: true)]
        public Input<int> ValidityPeriodHours { get; set; } = null!;

        public SelfSignedCertArgs()
        {
        }

        public static new SelfSignedCertArgs Empty => new SelfSignedCertArgs();
    }

    public sealed class SelfSignedCertState : global::Pulumi.ResourceArgs
    {
        [Input("allowedUses")]
        private InputList<string>? _allowedUses;
        public InputList<string> AllowedUses
        {
            get => _allowedUses ?? (_allowedUses = new InputList<string>());
            set => _allowedUses = value;
        }

        [Input("certPem")]
        public Input<string>? CertPem { get; set; }

        [Input("dnsNames")]
        private InputList<string>? _dnsNames;
        public InputList<string> DnsNames
        {
            get => _dnsNames ?? (_dnsNames = new InputList<string>());
            set => _dnsNames = value;
        }

        [Input("earlyRenewalHours")]
        public Input<int>? EarlyRenewalHours { get; set; }

        [Input("ipAddresses")]
        private InputList<string>? _ipAddresses;
        public InputList<string> IpAddresses
        {
            get => _ipAddresses ?? (_ipAddresses = new InputList<string>());
            set => _ipAddresses = value;
        }

        [Input("isCaCertificate")]
        public Input<bool>? IsCaCertificate { get; set; }

        [Input("keyAlgorithm")]
        public Input<string>? KeyAlgorithm { get; set; }

        [Input("maxPathLength")]
        public Input<int>? MaxPathLength { get; set; }

        [Input("privateKeyPem")]
        private Input<string>? _privateKeyPem;
        public Input<string>? PrivateKeyPem
        {
            get => _privateKeyPem;
            set => _privateKeyPem = SecretInput.Wrap(value);
        }

        [Input("readyForRenewal")]
        public Input<bool>? ReadyForRenewal { get; set; }

        [Input("setAuthorityKeyId")]
        public Input<bool>? SetAuthorityKeyId { get; set; }

        [Input("setSubjectKeyId")]
        public Input<bool>? SetSubjectKeyId { get; set; }

        [Input("subject")]
        public Input<Inputs.SelfSignedCertSubjectGetArgs>? Subject { get; set; }

        [Input("uris")]
        private InputList<string>? _uris;
        public InputList<string> Uris
        {
            get => _uris ?? (_uris = new InputList<string>());
            set => _uris = value;
        }

        [Input("validityEndTime")]
        public Input<string>? ValidityEndTime { get; set; }

        [Input("validityPeriodHours")]
        public Input<int>? ValidityPeriodHours { get; set; }

        [Input("validityStartTime")]
        public Input<string>? ValidityStartTime { get; set; }

        public SelfSignedCertState()
        {
        }

        public static new SelfSignedCertState Empty => new SelfSignedCertState();
    }
}
