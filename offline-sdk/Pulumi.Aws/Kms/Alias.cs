// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:kms/alias:Alias).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Kms
{
    /// <summary>Mirror of <c>aws:kms/alias:Alias</c>.</summary>
    [AwsResourceType("aws:kms/alias:Alias")]
    public partial class Alias : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("namePrefix")]
        public Output<string> NamePrefix { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("targetKeyArn")]
        public Output<string> TargetKeyArn { get; private set; } = null!;

        [Output("targetKeyId")]
        public Output<string> TargetKeyId { get; private set; } = null!;

        public Alias(string name, AliasArgs args, CustomResourceOptions? options = null)
            : base("aws:kms/alias:Alias", name, args ?? new AliasArgs(), MakeResourceOptions(options, ""))
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

    public sealed class AliasArgs : global::Pulumi.ResourceArgs
    {
        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("namePrefix")]
        public Input<string>? NamePrefix { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("targetKeyId", required: true)]
        public Input<string> TargetKeyId { get; set; } = null!;

        public AliasArgs()
        {
        }

        public static new AliasArgs Empty => new AliasArgs();
    }
}
