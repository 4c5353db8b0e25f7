// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:cloudfront/originAccessControl:OriginAccessControl).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront
{
    /// <summary>Mirror of <c>aws:cloudfront/originAccessControl:OriginAccessControl</c>.</summary>
    [AwsResourceType("aws:cloudfront/originAccessControl:OriginAccessControl")]
    public partial class OriginAccessControl : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("description")]
        public Output<string?> Description { get; private set; } = null!;

        [Output("etag")]
        public Output<string> Etag { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("originAccessControlOriginType")]
        public Output<string> OriginAccessControlOriginType { get; private set; } = null!;

        [Output("signingBehavior")]
        public Output<string> SigningBehavior { get; private set; } = null!;

        [Output("signingProtocol")]
        public Output<string> SigningProtocol { get; private set; } = null!;

        public OriginAccessControl(string name, OriginAccessControlArgs args, CustomResourceOptions? options = null)
            : base("aws:cloudfront/originAccessControl:OriginAccessControl", name, args ?? new OriginAccessControlArgs(), MakeResourceOptions(options, ""))
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

    public sealed class OriginAccessControlArgs : global::Pulumi.ResourceArgs
    {
        [Input("description")]
        public Input<string>? Description { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("originAccessControlOriginType", required: true)]
        public Input<string> OriginAccessControlOriginType { get; set; } = null!;

        [Input("signingBehavior", required: true)]
        public Input<string> SigningBehavior { get; set; } = null!;

        [Input("signingProtocol", required: true)]
        public Input<string> SigningProtocol { get; set; } = null!;

        public OriginAccessControlArgs()
        {
        }

        public static new OriginAccessControlArgs Empty => new OriginAccessControlArgs();
    }
}
