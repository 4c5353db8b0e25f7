// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:s3/bucketOwnershipControls:BucketOwnershipControls).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3
{
    /// <summary>Mirror of <c>aws:s3/bucketOwnershipControls:BucketOwnershipControls</c>.</summary>
    [AwsResourceType("aws:s3/bucketOwnershipControls:BucketOwnershipControls")]
    public partial class BucketOwnershipControls : global::Pulumi.CustomResource
    {
        [Output("bucket")]
        public Output<string> Bucket { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("rule")]
        public Output<Outputs.BucketOwnershipControlsRule> Rule { get; private set; } = null!;

        public BucketOwnershipControls(string name, BucketOwnershipControlsArgs args, CustomResourceOptions? options = null)
            : base("aws:s3/bucketOwnershipControls:BucketOwnershipControls", name, args ?? new BucketOwnershipControlsArgs(), MakeResourceOptions(options, ""))
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

    public sealed class BucketOwnershipControlsArgs : global::Pulumi.ResourceArgs
    {
        [Input("bucket", required: true)]
        public Input<string> Bucket { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("rule", required: true)]
        public Input<Inputs.BucketOwnershipControlsRuleArgs> Rule { get; set; } = null!;

        public BucketOwnershipControlsArgs()
        {
        }

        public static new BucketOwnershipControlsArgs Empty => new BucketOwnershipControlsArgs();
    }
}
