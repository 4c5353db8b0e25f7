using System.Collections.Immutable;

namespace Pulumi.Tls
{
    /// <summary>A TLS certificate signed by a CA whose key and certificate are given as PEM.</summary>
    public partial class LocallySignedCert : global::Pulumi.CustomResource
    {
        [Output("allowedUses")]
        public Output<ImmutableArray<string>> AllowedUses { get; private set; } = null!;

        [Output("caCertPem")]
        public Output<string> CaCertPem { get; private set; } = null!;

        [Output("caKeyAlgorithm")]
        public Output<string> CaKeyAlgorithm { get; private set; } = null!;

        [Output("caPrivateKeyPem")]
        public Output<string> CaPrivateKeyPem { get; private set; } = null!;

        [Output("certPem")]
        public Output<string> CertPem { get; private set; } = null!;

        [Output("certRequestPem")]
        public Output<string> CertRequestPem { get; private set; } = null!;

        [Output("earlyRenewalHours")]
        public Output<int> EarlyRenewalHours { get; private set; } = null!;

        [Output("isCaCertificate")]
        public Output<bool> IsCaCertificate { get; private set; } = null!;

        [Output("maxPathLength")]
        public Output<int> MaxPathLength { get; private set; } = null!;

        [Output("readyForRenewal")]
        public Output<bool> ReadyForRenewal { get; private set; } = null!;

        [Output("setSubjectKeyId")]
        public Output<bool> SetSubjectKeyId { get; private set; } = null!;

        [Output("validityEndTime")]
        public Output<string> ValidityEndTime { get; private set; } = null!;

        [Output("validityPeriodHours")]
        public Output<int> ValidityPeriodHours { get; private set; } = null!;

        [Output("validityStartTime")]
        public Output<string> ValidityStartTime { get; private set; } = null!;

        public LocallySignedCert(string name, LocallySignedCertArgs args, CustomResourceOptions? options = null)
            : base("tls:index/locallySignedCert:LocallySignedCert", name, args ?? new LocallySignedCertArgs(), MakeResourceOptions(options, ""))
        {
        }

        private LocallySignedCert(string name, Input<string> id, LocallySignedCertState? state = null, CustomResourceOptions? options = null)
            : base("tls:index/locallySignedCert:LocallySignedCert", name, state, MakeResourceOptions(options, id))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                AdditionalSecretOutputs =
                {
                    "caPrivateKeyPem",
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static LocallySignedCert Get(string name, Input<string> id, LocallySignedCertState? state = null, CustomResourceOptions? options = null)
        {
            return new LocallySignedCert(name, id, state, options);
        }
    }

    public sealed class LocallySignedCertArgs : global::Pulumi.ResourceArgs
    {
        [Input("allowedUses", required: true)]
        private InputList<string>? _allowedUses;
        public InputList<string> AllowedUses
        {
            get => _allowedUses ?? (_allowedUses = new InputList<string>());
            set => _allowedUses = value;
        }

        [Input("caCertPem", required: true)]
        public Input<string> CaCertPem { get; set; } = null!;

        [Input("caPrivateKeyPem", required: true)]
        private Input<string>? _caPrivateKeyPem;
        public Input<string>? CaPrivateKeyPem
        {
            get => _caPrivateKeyPem;
            set => _caPrivateKeyPem = SecretInput.Wrap(value);
        }

        [Input("certRequestPem", required: true)]
        public Input<string> CertRequestPem { get; set; } = null!;

        [Input("earlyRenewalHours")]
        public Input<int>? EarlyRenewalHours { get; set; }

        [Input("isCaCertificate")]
        public Input<bool>? IsCaCertificate { get; set; }

        [Input("maxPathLength")]
        public Input<int>? MaxPathLength { get; set; }

        [Input("setSubjectKeyId")]
        public Input<bool>? SetSubjectKeyId { get; set; }

        [Input("validityPeriodHours", required: true)]
        public Input<int> ValidityPeriodHours { get; set; } = null!;

        public LocallySignedCertArgs()
        {
        }

        public static new LocallySignedCertArgs Empty => new LocallySignedCertArgs();
    }

    public sealed class LocallySignedCertState : global::Pulumi.ResourceArgs
    {
        [Input("allowedUses")]
        private InputList<string>? _allowedUses;
        public InputList<string> AllowedUses
        {
            get => _allowedUses ?? (_allowedUses = new InputList<string>());
            set => _allowedUses = value;
        }

        [Input("caCertPem")]
        public Input<string>? CaCertPem { get; set; }

        [Input("caKeyAlgorithm")]
        public Input<string>? CaKeyAlgorithm { get; set; }

        [Input("caPrivateKeyPem")]
        private Input<string>? _caPrivateKeyPem;
        public Input<string>? CaPrivateKeyPem
        {
            get => _caPrivateKeyPem;
            set => _caPrivateKeyPem = SecretInput.Wrap(value);
        }

        [Input("certPem")]
        public Input<string>? CertPem { get; set; }

        [Input("certRequestPem")]
        public Input<string>? CertRequestPem { get; set; }

        [Input("earlyRenewalHours")]
        public Input<int>? EarlyRenewalHours { get; set; }

        [Input("isCaCertificate")]
        public Input<bool>? IsCaCertificate { get; set; }

        [Input("maxPathLength")]
        public Input<int>? MaxPathLength { get; set; }

        [Input("readyForRenewal")]
        public Input<bool>? ReadyForRenewal { get; set; }

        [Input("setSubjectKeyId")]
        public Input<bool>? SetSubjectKeyId { get; set; }

        [Input("validityEndTime")]
        public Input<string>? ValidityEndTime { get; set; }

        [Input("validityPeriodHours")]
        public Input<int>? ValidityPeriodHours { get; set; }

        [Input("validityStartTime")]
        public Input<string>? ValidityStartTime { get; set; }

        public LocallySignedCertState()
        {
        }

        public static new LocallySignedCertState Empty => new LocallySignedCertState();
    }
}
