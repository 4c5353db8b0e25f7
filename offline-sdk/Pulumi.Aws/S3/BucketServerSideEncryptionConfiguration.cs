// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3
{
    /// <summary>Mirror of <c>aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration</c>.</summary>
    [AwsResourceType("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")]
    public partial class BucketServerSideEncryptionConfiguration : global::Pulumi.CustomResource
    {
        [Output("bucket")]
        public Output<string> Bucket { get; private set; } = null!;

        [Output("expectedBucketOwner")]
        public Output<string?> ExpectedBucketOwner { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("rules")]
        public Output<ImmutableArray<Outputs.BucketServerSideEncryptionConfigurationRule>> Rules { get; private set; } = null!;

        public BucketServerSideEncryptionConfiguration(string name, BucketServerSideEncryptionConfigurationArgs args, CustomResourceOptions? options = null)
            : base("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", name, args ?? new BucketServerSideEncryptionConfigurationArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class BucketServerSideEncryptionConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("bucket", required: true)]
        public Input<string> Bucket { get; set; } = null!;

        [Input("expectedBucketOwner")]
        public Input<string>? ExpectedBucketOwner { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("rules", required: true)]
        private InputList<Inputs.BucketServerSideEncryptionConfigurationRuleArgs>? _rules;

        public InputList<Inputs.BucketServerSideEncryptionConfigurationRuleArgs> Rules
        {
            get => _rules ?? (_rules = new InputList<Inputs.BucketServerSideEncryptionConfigurationRuleArgs>());
            set => _rules = value;
        }

        public BucketServerSideEncryptionConfigurationArgs()
        {
        }

        public static new BucketServerSideEncryptionConfigurationArgs Empty => new BucketServerSideEncryptionConfigurationArgs();
    }
}
