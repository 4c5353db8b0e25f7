// Offline mirror of the public API of Pulumi.Aws 7.48.0 (CloudFront.Outputs.DistributionDefaultCacheBehavior).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFront.Outputs
{
    [OutputType]
    public sealed class DistributionDefaultCacheBehavior
    {
        public readonly ImmutableArray<string> AllowedMethods;
        public readonly string? CachePolicyId;
        public readonly ImmutableArray<string> CachedMethods;
        public readonly bool? Compress;
        public readonly string? OriginRequestPolicyId;
        public readonly string? ResponseHeadersPolicyId;
        public readonly string TargetOriginId;
        public readonly string ViewerProtocolPolicy;

        [OutputConstructor]
        private DistributionDefaultCacheBehavior(
            ImmutableArray<string> allowedMethods,
            string? cachePolicyId,
            ImmutableArray<string> cachedMethods,
            bool? compress,
            string? originRequestPolicyId,
            string? responseHeadersPolicyId,
            string targetOriginId,
            string viewerProtocolPolicy)
        {
            AllowedMethods = allowedMethods;
            CachePolicyId = cachePolicyId;
            CachedMethods = cachedMethods;
            Compress = compress;
            OriginRequestPolicyId = originRequestPolicyId;
            ResponseHeadersPolicyId = responseHeadersPolicyId;
            TargetOriginId = targetOriginId;
            ViewerProtocolPolicy = viewerProtocolPolicy;
        }
    }
}
