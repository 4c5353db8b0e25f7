// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:s3/bucket:Bucket).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3
{
    /// <summary>Mirror of <c>aws:s3/bucket:Bucket</c>.</summary>
    [AwsResourceType("aws:s3/bucket:Bucket")]
    public partial class Bucket : global::Pulumi.CustomResource
    {
        [Output("accelerationStatus")]
        public Output<string> AccelerationStatus { get; private set; } = null!;

        [Output("acl")]
        public Output<string> Acl { get; private set; } = null!;

        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("bucket")]
        public Output<string> BucketName { get; private set; } = null!;

        [Output("bucketDomainName")]
        public Output<string> BucketDomainName { get; private set; } = null!;

        [Output("bucketPrefix")]
        public Output<string> BucketPrefix { get; private set; } = null!;

        [Output("bucketRegion")]
        public Output<string> BucketRegion { get; private set; } = null!;

        [Output("bucketRegionalDomainName")]
        public Output<string> BucketRegionalDomainName { get; private set; } = null!;

        [Output("forceDestroy")]
        public Output<bool?> ForceDestroy { get; private set; } = null!;

        [Output("hostedZoneId")]
        public Output<string> HostedZoneId { get; private set; } = null!;

        [Output("objectLockEnabled")]
        public Output<bool> ObjectLockEnabled { get; private set; } = null!;

        [Output("policy")]
        public Output<string> Policy { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("requestPayer")]
        public Output<string> RequestPayer { get; private set; } = null!;

        [Output("serverSideEncryptionConfiguration")]
        public Output<Outputs.BucketServerSideEncryptionConfiguration> ServerSideEncryptionConfiguration { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("versioning")]
        public Output<Outputs.BucketVersioning> Versioning { get; private set; } = null!;

        [Output("websiteDomain")]
        public Output<string> WebsiteDomain { get; private set; } = null!;

        [Output("websiteEndpoint")]
        public Output<string> WebsiteEndpoint { get; private set; } = null!;

        public Bucket(string name, BucketArgs? args = null, CustomResourceOptions? options = null)
            : base("aws:s3/bucket:Bucket", name, args ?? new BucketArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "aws:s3/bucketV2:BucketV2" },
                    new global::Pulumi.Alias { Type = "aws:s3/bucketV2:BucketV2" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class BucketArgs : global::Pulumi.ResourceArgs
    {
        [Input("accelerationStatus")]
        public Input<string>? AccelerationStatus { get; set; }

        [Input("acl")]
        public InputUnion<string, Pulumi.Aws.S3.CannedAcl>? Acl { get; set; }

        [Input("bucket")]
        public Input<string>? BucketName { get; set; }

        [Input("bucketPrefix")]
        public Input<string>? BucketPrefix { get; set; }

        [Input("forceDestroy")]
        public Input<bool>? ForceDestroy { get; set; }

        [Input("objectLockEnabled")]
        public Input<bool>? ObjectLockEnabled { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("requestPayer")]
        public Input<string>? RequestPayer { get; set; }

        [Input("serverSideEncryptionConfiguration")]
        public Input<Inputs.BucketServerSideEncryptionConfigurationArgs>? ServerSideEncryptionConfiguration { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("versioning")]
        public Input<Inputs.BucketVersioningArgs>? Versioning { get; set; }

        public BucketArgs()
        {
        }

        public static new BucketArgs Empty => new BucketArgs();
    }
}
