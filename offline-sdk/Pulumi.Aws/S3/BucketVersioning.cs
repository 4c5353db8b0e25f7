// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:s3/bucketVersioning:BucketVersioning).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3
{
    /// <summary>Mirror of <c>aws:s3/bucketVersioning:BucketVersioning</c>.</summary>
    [AwsResourceType("aws:s3/bucketVersioning:BucketVersioning")]
    public partial class BucketVersioning : global::Pulumi.CustomResource
    {
        [Output("bucket")]
        public Output<string> Bucket { get; private set; } = null!;

        [Output("expectedBucketOwner")]
        public Output<string?> ExpectedBucketOwner { get; private set; } = null!;

        [Output("mfa")]
        public Output<string?> Mfa { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("versioningConfiguration")]
        public Output<Outputs.BucketVersioningVersioningConfiguration> VersioningConfiguration { get; private set; } = null!;

        public BucketVersioning(string name, BucketVersioningArgs args, CustomResourceOptions? options = null)
            : base("aws:s3/bucketVersioning:BucketVersioning", name, args ?? new BucketVersioningArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "aws:s3/bucketVersioningV2:BucketVersioningV2" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class BucketVersioningArgs : global::Pulumi.ResourceArgs
    {
        [Input("bucket", required: true)]
        public Input<string> Bucket { get; set; } = null!;

        [Input("expectedBucketOwner")]
        public Input<string>? ExpectedBucketOwner { get; set; }

        [Input("mfa")]
        public Input<string>? Mfa { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("versioningConfiguration", required: true)]
        public Input<Inputs.BucketVersioningVersioningConfigurationArgs> VersioningConfiguration { get; set; } = null!;

        public BucketVersioningArgs()
        {
        }

        public static new BucketVersioningArgs Empty => new BucketVersioningArgs();
    }
}
