// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:cloudfront/distribution:Distribution).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront
{
    /// <summary>Mirror of <c>aws:cloudfront/distribution:Distribution</c>. Mirrors a subset of the real members.</summary>
    [AwsResourceType("aws:cloudfront/distribution:Distribution")]
    public partial class Distribution : global::Pulumi.CustomResource
    {
        [Output("aliases")]
        public Output<ImmutableArray<string>> Aliases { get; private set; } = null!;

        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("comment")]
        public Output<string?> Comment { get; private set; } = null!;

        [Output("customErrorResponses")]
        public Output<ImmutableArray<Outputs.DistributionCustomErrorResponse>> CustomErrorResponses { get; private set; } = null!;

        [Output("defaultCacheBehavior")]
        public Output<Outputs.DistributionDefaultCacheBehavior> DefaultCacheBehavior { get; private set; } = null!;

        [Output("defaultRootObject")]
        public Output<string?> DefaultRootObject { get; private set; } = null!;

        [Output("domainName")]
        public Output<string> DomainName { get; private set; } = null!;

        [Output("enabled")]
        public Output<bool> Enabled { get; private set; } = null!;

        [Output("etag")]
        public Output<string> Etag { get; private set; } = null!;

        [Output("hostedZoneId")]
        public Output<string> HostedZoneId { get; private set; } = null!;

        [Output("httpVersion")]
        public Output<string?> HttpVersion { get; private set; } = null!;

        [Output("isIpv6Enabled")]
        public Output<bool?> IsIpv6Enabled { get; private set; } = null!;

        [Output("origins")]
        public Output<ImmutableArray<Outputs.DistributionOrigin>> Origins { get; private set; } = null!;

        [Output("priceClass")]
        public Output<string?> PriceClass { get; private set; } = null!;

        [Output("restrictions")]
        public Output<Outputs.DistributionRestrictions> Restrictions { get; private set; } = null!;

        [Output("retainOnDelete")]
        public Output<bool?> RetainOnDelete { get; private set; } = null!;

        [Output("status")]
        public Output<string> Status { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("viewerCertificate")]
        public Output<Outputs.DistributionViewerCertificate> ViewerCertificate { get; private set; } = null!;

        [Output("waitForDeployment")]
        public Output<bool?> WaitForDeployment { get; private set; } = null!;

        [Output("webAclId")]
        public Output<string?> WebAclId { get; private set; } = null!;

        public Distribution(string name, DistributionArgs args, CustomResourceOptions? options = null)
            : base("aws:cloudfront/distribution:Distribution", name, args ?? new DistributionArgs(), MakeResourceOptions(options, ""))
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

    public sealed class DistributionArgs : global::Pulumi.ResourceArgs
    {
        [Input("aliases")]
        private InputList<string>? _aliases;

        public InputList<string> Aliases
        {
            get => _aliases ?? (_aliases = new InputList<string>());
            set => _aliases = value;
        }

        [Input("comment")]
        public Input<string>? Comment { get; set; }

        [Input("customErrorResponses")]
        private InputList<Inputs.DistributionCustomErrorResponseArgs>? _customErrorResponses;

        public InputList<Inputs.DistributionCustomErrorResponseArgs> CustomErrorResponses
        {
            get => _customErrorResponses ?? (_customErrorResponses = new InputList<Inputs.DistributionCustomErrorResponseArgs>());
            set => _customErrorResponses = value;
        }

        [Input("defaultCacheBehavior", required: true)]
        public Input<Inputs.DistributionDefaultCacheBehaviorArgs> DefaultCacheBehavior { get; set; } = null!;

        [Input("defaultRootObject")]
        public Input<string>? DefaultRootObject { get; set; }

        [Input("enabled", required: true)]
        public Input<bool> Enabled { get; set; } = null!;

        [Input("httpVersion")]
        public Input<string>? HttpVersion { get; set; }

        [Input("isIpv6Enabled")]
        public Input<bool>? IsIpv6Enabled { get; set; }

        [Input("origins", required: true)]
        private InputList<Inputs.DistributionOriginArgs>? _origins;

        public InputList<Inputs.DistributionOriginArgs> Origins
        {
            get => _origins ?? (_origins = new InputList<Inputs.DistributionOriginArgs>());
            set => _origins = value;
        }

        [Input("priceClass")]
        public Input<string>? PriceClass { get; set; }

        [Input("restrictions", required: true)]
        public Input<Inputs.DistributionRestrictionsArgs> Restrictions { get; set; } = null!;

        [Input("retainOnDelete")]
        public Input<bool>? RetainOnDelete { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("viewerCertificate", required: true)]
        public Input<Inputs.DistributionViewerCertificateArgs> ViewerCertificate { get; set; } = null!;

        [Input("waitForDeployment")]
        public Input<bool>? WaitForDeployment { get; set; }

        [Input("webAclId")]
        public Input<string>? WebAclId { get; set; }

        public DistributionArgs()
        {
        }

        public static new DistributionArgs Empty => new DistributionArgs();
    }
}
