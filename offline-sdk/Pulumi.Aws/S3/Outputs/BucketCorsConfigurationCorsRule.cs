// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Outputs.BucketCorsConfigurationCorsRule).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Outputs
{
    [OutputType]
    public sealed class BucketCorsConfigurationCorsRule
    {
        public readonly ImmutableArray<string> AllowedHeaders;
        public readonly ImmutableArray<string> AllowedMethods;
        public readonly ImmutableArray<string> AllowedOrigins;
        public readonly ImmutableArray<string> ExposeHeaders;
        public readonly string? Id;
        public readonly int? MaxAgeSeconds;

        [OutputConstructor]
        private BucketCorsConfigurationCorsRule(
            ImmutableArray<string> allowedHeaders,
            ImmutableArray<string> allowedMethods,
            ImmutableArray<string> allowedOrigins,
            ImmutableArray<string> exposeHeaders,
            string? id,
            int? maxAgeSeconds)
        {
            AllowedHeaders = allowedHeaders;
            AllowedMethods = allowedMethods;
            AllowedOrigins = allowedOrigins;
            ExposeHeaders = exposeHeaders;
            Id = id;
            MaxAgeSeconds = maxAgeSeconds;
        }
    }
}
