// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:s3/bucketReplicationConfig:BucketReplicationConfig).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3
{
    /// <summary>Mirror of <c>aws:s3/bucketReplicationConfig:BucketReplicationConfig</c>.</summary>
    [AwsResourceType("aws:s3/bucketReplicationConfig:BucketReplicationConfig")]
    public partial class BucketReplicationConfig : global::Pulumi.CustomResource
    {
        [Output("bucket")]
        public Output<string> Bucket { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("role")]
        public Output<string> Role { get; private set; } = null!;

        [Output("rules")]
        public Output<ImmutableArray<Outputs.BucketReplicationConfigRule>> Rules { get; private set; } = null!;

        [Output("token")]
        public Output<string?> Token { get; private set; } = null!;

        public BucketReplicationConfig(string name, BucketReplicationConfigArgs args, CustomResourceOptions? options = null)
            : base("aws:s3/bucketReplicationConfig:BucketReplicationConfig", name, args ?? new BucketReplicationConfigArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
                AdditionalSecretOutputs =
                {
                    "token",
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class BucketReplicationConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("bucket", required: true)]
        public Input<string> Bucket { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("role", required: true)]
        public Input<string> Role { get; set; } = null!;

        [Input("rules", required: true)]
        private InputList<Inputs.BucketReplicationConfigRuleArgs>? _rules;

        public InputList<Inputs.BucketReplicationConfigRuleArgs> Rules
        {
            get => _rules ?? (_rules = new InputList<Inputs.BucketReplicationConfigRuleArgs>());
            set => _rules = value;
        }

        [Input("token")]
        private Input<string>? _token;

        public Input<string>? Token
        {
            get => _token;
            set
            {
                var emptySecret = Output.CreateSecret(0);
                _token = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
            }
        }

        public BucketReplicationConfigArgs()
        {
        }

        public static new BucketReplicationConfigArgs Empty => new BucketReplicationConfigArgs();
    }
}
