// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:s3/bucketCorsConfiguration:BucketCorsConfiguration).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3
{
    /// <summary>Mirror of <c>aws:s3/bucketCorsConfiguration:BucketCorsConfiguration</c>.</summary>
    [AwsResourceType("aws:s3/bucketCorsConfiguration:BucketCorsConfiguration")]
    public partial class BucketCorsConfiguration : global::Pulumi.CustomResource
    {
        [Output("bucket")]
        public Output<string> Bucket { get; private set; } = null!;

        [Output("corsRules")]
        public Output<ImmutableArray<Outputs.BucketCorsConfigurationCorsRule>> CorsRules { get; private set; } = null!;

        [Output("expectedBucketOwner")]
        public Output<string?> ExpectedBucketOwner { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        public BucketCorsConfiguration(string name, BucketCorsConfigurationArgs args, CustomResourceOptions? options = null)
            : base("aws:s3/bucketCorsConfiguration:BucketCorsConfiguration", name, args ?? new BucketCorsConfigurationArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
                // As the real class: the resource was BucketCorsConfigurationV2 before 7.x.
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class BucketCorsConfigurationArgs : global::Pulumi.ResourceArgs
    {
        [Input("bucket", required: true)]
        public Input<string> Bucket { get; set; } = null!;

        [Input("corsRules", required: true)]
        private InputList<Inputs.BucketCorsConfigurationCorsRuleArgs>? _corsRules;

        public InputList<Inputs.BucketCorsConfigurationCorsRuleArgs> CorsRules
        {
            get => _corsRules ?? (_corsRules = new InputList<Inputs.BucketCorsConfigurationCorsRuleArgs>());
            set => _corsRules = value;
        }

        [Input("expectedBucketOwner")]
        public Input<string>? ExpectedBucketOwner { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        public BucketCorsConfigurationArgs()
        {
        }

        public static new BucketCorsConfigurationArgs Empty => new BucketCorsConfigurationArgs();
    }
}
