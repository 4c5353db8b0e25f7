// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:ec2/tag:Tag).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2
{
    /// <summary>Mirror of <c>aws:ec2/tag:Tag</c>.</summary>
    [AwsResourceType("aws:ec2/tag:Tag")]
    public partial class Tag : global::Pulumi.CustomResource
    {
        [Output("key")]
        public Output<string> Key { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("resourceId")]
        public Output<string> ResourceId { get; private set; } = null!;

        [Output("value")]
        public Output<string> Value { get; private set; } = null!;

        public Tag(string name, TagArgs args, CustomResourceOptions? options = null)
            : base("aws:ec2/tag:Tag", name, args ?? new TagArgs(), MakeResourceOptions(options, ""))
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

    public sealed class TagArgs : global::Pulumi.ResourceArgs
    {
        [Input("key", required: true)]
        public Input<string> Key { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("resourceId", required: true)]
        public Input<string> ResourceId { get; set; } = null!;

        [Input("value", required: true)]
        public Input<string> Value { get; set; } = null!;

        public TagArgs()
        {
        }

        public static new TagArgs Empty => new TagArgs();
    }
}
