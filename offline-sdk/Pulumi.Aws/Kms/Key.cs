// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:kms/key:Key).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Kms
{
    /// <summary>Mirror of <c>aws:kms/key:Key</c>.</summary>
    [AwsResourceType("aws:kms/key:Key")]
    public partial class Key : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("bypassPolicyLockoutSafetyCheck")]
        public Output<bool?> BypassPolicyLockoutSafetyCheck { get; private set; } = null!;

        [Output("customKeyStoreId")]
        public Output<string?> CustomKeyStoreId { get; private set; } = null!;

        [Output("customerMasterKeySpec")]
        public Output<string?> CustomerMasterKeySpec { get; private set; } = null!;

        [Output("deletionWindowInDays")]
        public Output<int?> DeletionWindowInDays { get; private set; } = null!;

        [Output("description")]
        public Output<string> Description { get; private set; } = null!;

        [Output("enableKeyRotation")]
        public Output<bool?> EnableKeyRotation { get; private set; } = null!;

        [Output("isEnabled")]
        public Output<bool?> IsEnabled { get; private set; } = null!;

        [Output("keyId")]
        public Output<string> KeyId { get; private set; } = null!;

        [Output("keyUsage")]
        public Output<string?> KeyUsage { get; private set; } = null!;

        [Output("multiRegion")]
        public Output<bool> MultiRegion { get; private set; } = null!;

        [Output("policy")]
        public Output<string> Policy { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("rotationPeriodInDays")]
        public Output<int> RotationPeriodInDays { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("xksKeyId")]
        public Output<string?> XksKeyId { get; private set; } = null!;

        public Key(string name, KeyArgs? args = null, CustomResourceOptions? options = null)
            : base("aws:kms/key:Key", name, args ?? new KeyArgs(), MakeResourceOptions(options, ""))
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

    public sealed class KeyArgs : global::Pulumi.ResourceArgs
    {
        [Input("bypassPolicyLockoutSafetyCheck")]
        public Input<bool>? BypassPolicyLockoutSafetyCheck { get; set; }

        [Input("customKeyStoreId")]
        public Input<string>? CustomKeyStoreId { get; set; }

        [Input("customerMasterKeySpec")]
        public Input<string>? CustomerMasterKeySpec { get; set; }

        [Input("deletionWindowInDays")]
        public Input<int>? DeletionWindowInDays { get; set; }

        [Input("description")]
        public Input<string>? Description { get; set; }

        [Input("enableKeyRotation")]
        public Input<bool>? EnableKeyRotation { get; set; }

        [Input("isEnabled")]
        public Input<bool>? IsEnabled { get; set; }

        [Input("keyUsage")]
        public Input<string>? KeyUsage { get; set; }

        [Input("multiRegion")]
        public Input<bool>? MultiRegion { get; set; }

        [Input("policy")]
        public Input<string>? Policy { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("rotationPeriodInDays")]
        public Input<int>? RotationPeriodInDays { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("xksKeyId")]
        public Input<string>? XksKeyId { get; set; }

        public KeyArgs()
        {
        }

        public static new KeyArgs Empty => new KeyArgs();
    }
}
