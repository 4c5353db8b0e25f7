// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:secretsmanager/secretVersion:SecretVersion).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.SecretsManager
{
    /// <summary>Mirror of <c>aws:secretsmanager/secretVersion:SecretVersion</c>.</summary>
    [AwsResourceType("aws:secretsmanager/secretVersion:SecretVersion")]
    public partial class SecretVersion : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("secretId")]
        public Output<string> SecretId { get; private set; } = null!;

        [Output("secretString")]
        public Output<string?> SecretString { get; private set; } = null!;

        [Output("versionId")]
        public Output<string> VersionId { get; private set; } = null!;

        [Output("versionStages")]
        public Output<ImmutableArray<string>> VersionStages { get; private set; } = null!;

        public SecretVersion(string name, SecretVersionArgs args, CustomResourceOptions? options = null)
            : base("aws:secretsmanager/secretVersion:SecretVersion", name, args ?? new SecretVersionArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
                AdditionalSecretOutputs =
                {
                    "secretBinary",
                    "secretString",
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class SecretVersionArgs : global::Pulumi.ResourceArgs
    {
        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("secretId", required: true)]
        public Input<string> SecretId { get; set; } = null!;

        [Input("secretString")]
        private Input<string>? _secretString;

        public Input<string>? SecretString
        {
            get => _secretString;
            set
            {
                var emptySecret = Output.CreateSecret(0);
                _secretString = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
            }
        }

        [Input("versionStages")]
        private InputList<string>? _versionStages;

        public InputList<string> VersionStages
        {
            get => _versionStages ?? (_versionStages = new InputList<string>());
            set => _versionStages = value;
        }

        public SecretVersionArgs()
        {
        }

        public static new SecretVersionArgs Empty => new SecretVersionArgs();
    }
}
