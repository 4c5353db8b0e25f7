// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3
{
    /// <summary>Mirror of <c>aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration</c>.</summary>
    [AwsResourceType("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration")]
    public partial class BucketLifecycleConfiguration : global::Pulumi.CustomResource
    {
        [Output("bucket")]
        public Output<string> Bucket { get; private set; } = null!;

        [Output("expectedBucketOwner")]
        public Output<string> ExpectedBucketOwner { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("rules")]
        public Output<ImmutableArray<Outputs.BucketLifecycleConfigurationRule>> Rules { get; private set; } = null!;

        [Output("timeouts")]
        public Output<Outputs.BucketLifecycleConfigurationTimeouts?> Timeouts { get; private set; } = null!;

        [Output("transitionDefaultMinimumObjectSize")]
        public Output<string> TransitionDefaultMinimumObjectSize { get; private set; } = null!;

        public BucketLifecycleConfiguration(string name, BucketLifecycleConfigurationArgs args, CustomResourceOptions? options = null)
            : base("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", name, args ?? new BucketLifecycleConfigurationArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class BucketLifecycleConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("bucket", required: true)]
        public Input<string> Bucket { get; set; } = null!;

        [Input("expectedBucketOwner")]
        public Input<string>? ExpectedBucketOwner { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("rules")]
        private InputList<Inputs.BucketLifecycleConfigurationRuleArgs>? _rules;

        public InputList<Inputs.BucketLifecycleConfigurationRuleArgs> Rules
        {
            get => _rules ?? (_rules = new InputList<Inputs.BucketLifecycleConfigurationRuleArgs>());
            set => _rules = value;
        }

        [Input("timeouts")]
        public Input<Inputs.BucketLifecycleConfigurationTimeoutsArgs>? Timeouts { get; set; }

        [Input("transitionDefaultMinimumObjectSize")]
        public Input<string>? TransitionDefaultMinimumObjectSize { get; set; }

        public BucketLifecycleConfigurationArgs()
        {
        }

        public static new BucketLifecycleConfigurationArgs Empty => new BucketLifecycleConfigurationArgs();
    }
}
