// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:acm/certificateValidation:CertificateValidation).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Acm
{
    /// <summary>Mirror of <c>aws:acm/certificateValidation:CertificateValidation</c>: waits until a certificate is issued.</summary>
    [AwsResourceType("aws:acm/certificateValidation:CertificateValidation")]
    public partial class CertificateValidation : global::Pulumi.CustomResource
    {
        [Output("certificateArn")]
        public Output<string> CertificateArn { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("validationRecordFqdns")]
        public Output<ImmutableArray<string>> ValidationRecordFqdns { get; private set; } = null!;

        public CertificateValidation(string name, CertificateValidationArgs args, CustomResourceOptions? options = null)
            : base("aws:acm/certificateValidation:CertificateValidation", name, args ?? new CertificateValidationArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class CertificateValidationArgs : global::Pulumi.ResourceArgs
    {
        [Input("certificateArn", required: true)]
        public Input<string> CertificateArn { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("validationRecordFqdns")]
        private InputList<string>? _validationRecordFqdns;

        public InputList<string> ValidationRecordFqdns
        {
            get => _validationRecordFqdns ?? (_validationRecordFqdns = new InputList<string>());
            set => _validationRecordFqdns = value;
        }

        public CertificateValidationArgs()
        {
        }

        public static new CertificateValidationArgs Empty => new CertificateValidationArgs();
    }
}
