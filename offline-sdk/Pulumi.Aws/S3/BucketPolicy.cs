// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:s3/bucketPolicy:BucketPolicy).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3
{
    /// <summary>Mirror of <c>aws:s3/bucketPolicy:BucketPolicy</c>.</summary>
    [AwsResourceType("aws:s3/bucketPolicy:BucketPolicy")]
    public partial class BucketPolicy : global::Pulumi.CustomResource
    {
        [Output("bucket")]
        public Output<string> Bucket { get; private set; } = null!;

        [Output("policy")]
        public Output<string> Policy { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        public BucketPolicy(string name, BucketPolicyArgs args, CustomResourceOptions? options = null)
            : base("aws:s3/bucketPolicy:BucketPolicy", name, args ?? new BucketPolicyArgs(), MakeResourceOptions(options, ""))
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

    public sealed class BucketPolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("bucket", required: true)]
        public Input<string> Bucket { get; set; } = null!;

        [Input("policy", required: true)]
        public InputUnion<string, Pulumi.Aws.S3.Inputs.PolicyDocumentArgs> Policy { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        public BucketPolicyArgs()
        {
        }

        public static new BucketPolicyArgs Empty => new BucketPolicyArgs();
    }
}
