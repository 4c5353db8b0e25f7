// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Inputs.DistributionDefaultCacheBehaviorArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Inputs
{
    public sealed class DistributionDefaultCacheBehaviorArgs : global::Pulumi.ResourceArgs
    {
        [Input("allowedMethods", required: true)]
        private InputList<string>? _allowedMethods;

        public InputList<string> AllowedMethods
        {
            get => _allowedMethods ?? (_allowedMethods = new InputList<string>());
            set => _allowedMethods = value;
        }

        [Input("cachePolicyId")]
        public Input<string>? CachePolicyId { get; set; }

        [Input("cachedMethods", required: true)]
        private InputList<string>? _cachedMethods;

        public InputList<string> CachedMethods
        {
            get => _cachedMethods ?? (_cachedMethods = new InputList<string>());
            set => _cachedMethods = value;
        }

        [Input("compress")]
        public Input<bool>? Compress { get; set; }

        [Input("originRequestPolicyId")]
        public Input<string>? OriginRequestPolicyId { get; set; }

        [Input("responseHeadersPolicyId")]
        public Input<string>? ResponseHeadersPolicyId { get; set; }

        [Input("targetOriginId", required: true)]
        public Input<string> TargetOriginId { get; set; } = null!;

        [Input("viewerProtocolPolicy", required: true)]
        public Input<string> ViewerProtocolPolicy { get; set; } = null!;

        public DistributionDefaultCacheBehaviorArgs()
        {
        }

        public static new DistributionDefaultCacheBehaviorArgs Empty => new DistributionDefaultCacheBehaviorArgs();
    }
}
