// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3
{
    /// <summary>Mirror of <c>aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock</c>.</summary>
    [AwsResourceType("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")]
    public partial class BucketPublicAccessBlock : global::Pulumi.CustomResource
    {
        [Output("blockPublicAcls")]
        public Output<bool?> BlockPublicAcls { get; private set; } = null!;

        [Output("blockPublicPolicy")]
        public Output<bool?> BlockPublicPolicy { get; private set; } = null!;

        [Output("bucket")]
        public Output<string> Bucket { get; private set; } = null!;

        [Output("ignorePublicAcls")]
        public Output<bool?> IgnorePublicAcls { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("restrictPublicBuckets")]
        public Output<bool?> RestrictPublicBuckets { get; private set; } = null!;

        public BucketPublicAccessBlock(string name, BucketPublicAccessBlockArgs args, CustomResourceOptions? options = null)
            : base("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", name, args ?? new BucketPublicAccessBlockArgs(), MakeResourceOptions(options, ""))
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

    public sealed class BucketPublicAccessBlockArgs : global::Pulumi.ResourceArgs
    {
        [Input("blockPublicAcls")]
        public Input<bool>? BlockPublicAcls { get; set; }

        [Input("blockPublicPolicy")]
        public Input<bool>? BlockPublicPolicy { get; set; }

        [Input("bucket", required: true)]
        public Input<string> Bucket { get; set; } = null!;

        [Input("ignorePublicAcls")]
        public Input<bool>? IgnorePublicAcls { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("restrictPublicBuckets")]
        public Input<bool>? RestrictPublicBuckets { get; set; }

        public BucketPublicAccessBlockArgs()
        {
        }

        public static new BucketPublicAccessBlockArgs Empty => new BucketPublicAccessBlockArgs();
    }
}
