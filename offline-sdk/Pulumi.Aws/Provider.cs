// Offline mirror of the public API of Pulumi.Aws 7.48.0 (pulumi:providers:aws).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws
{
    /// <summary>Mirror of <c>pulumi:providers:aws</c>.</summary>
    [AwsResourceType("pulumi:providers:aws")]
    public partial class Provider : global::Pulumi.ProviderResource
    {
        [Output("accessKey")]
        public Output<string?> AccessKey { get; private set; } = null!;

        [Output("customCaBundle")]
        public Output<string?> CustomCaBundle { get; private set; } = null!;

        [Output("ec2MetadataServiceEndpoint")]
        public Output<string?> Ec2MetadataServiceEndpoint { get; private set; } = null!;

        [Output("ec2MetadataServiceEndpointMode")]
        public Output<string?> Ec2MetadataServiceEndpointMode { get; private set; } = null!;

        [Output("httpProxy")]
        public Output<string?> HttpProxy { get; private set; } = null!;

        [Output("httpsProxy")]
        public Output<string?> HttpsProxy { get; private set; } = null!;

        [Output("noProxy")]
        public Output<string?> NoProxy { get; private set; } = null!;

        [Output("profile")]
        public Output<string?> Profile { get; private set; } = null!;

        [Output("region")]
        public Output<string?> Region { get; private set; } = null!;

        [Output("retryMode")]
        public Output<string?> RetryMode { get; private set; } = null!;

        [Output("s3UsEast1RegionalEndpoint")]
        public Output<string?> S3UsEast1RegionalEndpoint { get; private set; } = null!;

        [Output("secretKey")]
        public Output<string?> SecretKey { get; private set; } = null!;

        [Output("stsRegion")]
        public Output<string?> StsRegion { get; private set; } = null!;

        [Output("token")]
        public Output<string?> Token { get; private set; } = null!;

        public Provider(string name, ProviderArgs? args = null, CustomResourceOptions? options = null)
            : base("aws", name, args ?? new ProviderArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
                AdditionalSecretOutputs =
                {
                    "accessKey",
                    "secretKey",
                    "token",
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class ProviderArgs : global::Pulumi.ResourceArgs
    {
        [Input("accessKey")]
        private Input<string>? _accessKey;

        public Input<string>? AccessKey
        {
            get => _accessKey;
            set
            {
                var emptySecret = Output.CreateSecret(0);
                _accessKey = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
            }
        }

        [Input("allowedAccountIds", json: true)]
        private InputList<string>? _allowedAccountIds;

        public InputList<string> AllowedAccountIds
        {
            get => _allowedAccountIds ?? (_allowedAccountIds = new InputList<string>());
            set => _allowedAccountIds = value;
        }

        [Input("assumeRoles", json: true)]
        private InputList<Inputs.ProviderAssumeRoleArgs>? _assumeRoles;

        public InputList<Inputs.ProviderAssumeRoleArgs> AssumeRoles
        {
            get => _assumeRoles ?? (_assumeRoles = new InputList<Inputs.ProviderAssumeRoleArgs>());
            set => _assumeRoles = value;
        }

        [Input("customCaBundle")]
        public Input<string>? CustomCaBundle { get; set; }

        [Input("defaultTags", json: true)]
        public Input<Inputs.ProviderDefaultTagsArgs>? DefaultTags { get; set; }

        [Input("ec2MetadataServiceEndpoint")]
        public Input<string>? Ec2MetadataServiceEndpoint { get; set; }

        [Input("ec2MetadataServiceEndpointMode")]
        public Input<string>? Ec2MetadataServiceEndpointMode { get; set; }

        [Input("forbiddenAccountIds", json: true)]
        private InputList<string>? _forbiddenAccountIds;

        public InputList<string> ForbiddenAccountIds
        {
            get => _forbiddenAccountIds ?? (_forbiddenAccountIds = new InputList<string>());
            set => _forbiddenAccountIds = value;
        }

        [Input("httpProxy")]
        public Input<string>? HttpProxy { get; set; }

        [Input("httpsProxy")]
        public Input<string>? HttpsProxy { get; set; }

        [Input("ignoreTags", json: true)]
        public Input<Inputs.ProviderIgnoreTagsArgs>? IgnoreTags { get; set; }

        [Input("insecure", json: true)]
        public Input<bool>? Insecure { get; set; }

        [Input("maxRetries", json: true)]
        public Input<int>? MaxRetries { get; set; }

        [Input("noProxy")]
        public Input<string>? NoProxy { get; set; }

        [Input("profile")]
        public Input<string>? Profile { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("retryMode")]
        public Input<string>? RetryMode { get; set; }

        [Input("s3UsEast1RegionalEndpoint")]
        public Input<string>? S3UsEast1RegionalEndpoint { get; set; }

        [Input("s3UsePathStyle", json: true)]
        public Input<bool>? S3UsePathStyle { get; set; }

        [Input("secretKey")]
        private Input<string>? _secretKey;

        public Input<string>? SecretKey
        {
            get => _secretKey;
            set
            {
                var emptySecret = Output.CreateSecret(0);
                _secretKey = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
            }
        }

        [Input("sharedConfigFiles", json: true)]
        private InputList<string>? _sharedConfigFiles;

        public InputList<string> SharedConfigFiles
        {
            get => _sharedConfigFiles ?? (_sharedConfigFiles = new InputList<string>());
            set => _sharedConfigFiles = value;
        }

        [Input("sharedCredentialsFiles", json: true)]
        private InputList<string>? _sharedCredentialsFiles;

        public InputList<string> SharedCredentialsFiles
        {
            get => _sharedCredentialsFiles ?? (_sharedCredentialsFiles = new InputList<string>());
            set => _sharedCredentialsFiles = value;
        }

        [Input("skipCredentialsValidation", json: true)]
        public Input<bool>? SkipCredentialsValidation { get; set; }

        [Input("skipMetadataApiCheck", json: true)]
        public Input<bool>? SkipMetadataApiCheck { get; set; }

        [Input("skipRegionValidation", json: true)]
        public Input<bool>? SkipRegionValidation { get; set; }

        [Input("skipRequestingAccountId", json: true)]
        public Input<bool>? SkipRequestingAccountId { get; set; }

        [Input("stsRegion")]
        public Input<string>? StsRegion { get; set; }

        [Input("token")]
        private Input<string>? _token;

        public Input<string>? Token
        {
            get => _token;
            set
            {
                var emptySecret = Output.CreateSecret(0);
                _token = Output.Tuple<Input<string>?, int>(value, emptySecret).Apply(t => t.Item1);
            }
        }

        [Input("tokenBucketRateLimiterCapacity", json: true)]
        public Input<int>? TokenBucketRateLimiterCapacity { get; set; }

        [Input("useDualstackEndpoint", json: true)]
        public Input<bool>? UseDualstackEndpoint { get; set; }

        [Input("useFipsEndpoint", json: true)]
        public Input<bool>? UseFipsEndpoint { get; set; }

        public ProviderArgs()
        {
            Region = Utilities.GetEnv("AWS_REGION", "AWS_DEFAULT_REGION")!;
            SkipCredentialsValidation = false;
            SkipRegionValidation = true;
        }

        public static new ProviderArgs Empty => new ProviderArgs();
    }
}
