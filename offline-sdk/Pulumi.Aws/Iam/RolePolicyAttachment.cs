// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:iam/rolePolicyAttachment:RolePolicyAttachment).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam
{
    /// <summary>Mirror of <c>aws:iam/rolePolicyAttachment:RolePolicyAttachment</c>.</summary>
    [AwsResourceType("aws:iam/rolePolicyAttachment:RolePolicyAttachment")]
    public partial class RolePolicyAttachment : global::Pulumi.CustomResource
    {
        [Output("policyArn")]
        public Output<string> PolicyArn { get; private set; } = null!;

        [Output("role")]
        public Output<string> Role { get; private set; } = null!;

        public RolePolicyAttachment(string name, RolePolicyAttachmentArgs args, CustomResourceOptions? options = null)
            : base("aws:iam/rolePolicyAttachment:RolePolicyAttachment", name, args ?? new RolePolicyAttachmentArgs(), MakeResourceOptions(options, ""))
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

    public sealed class RolePolicyAttachmentArgs : global::Pulumi.ResourceArgs
    {
        [Input("policyArn", required: true)]
        public Input<string> PolicyArn { get; set; } = null!;

        [Input("role", required: true)]
        public Input<string> Role { get; set; } = null!;

        public RolePolicyAttachmentArgs()
        {
        }

        public static new RolePolicyAttachmentArgs Empty => new RolePolicyAttachmentArgs();
    }
}
