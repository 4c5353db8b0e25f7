// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:iam/rolePolicy:RolePolicy).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam
{
    /// <summary>Mirror of <c>aws:iam/rolePolicy:RolePolicy</c>.</summary>
    [AwsResourceType("aws:iam/rolePolicy:RolePolicy")]
    public partial class RolePolicy : global::Pulumi.CustomResource
    {
        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("namePrefix")]
        public Output<string> NamePrefix { get; private set; } = null!;

        [Output("policy")]
        public Output<string> Policy { get; private set; } = null!;

        [Output("role")]
        public Output<string> Role { get; private set; } = null!;

        public RolePolicy(string name, RolePolicyArgs args, CustomResourceOptions? options = null)
            : base("aws:iam/rolePolicy:RolePolicy", name, args ?? new RolePolicyArgs(), MakeResourceOptions(options, ""))
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

    public sealed class RolePolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("namePrefix")]
        public Input<string>? NamePrefix { get; set; }

        [Input("policy", required: true)]
        public InputUnion<string, Inputs.PolicyDocumentArgs> Policy { get; set; } = null!;

        [Input("role", required: true)]
        public Input<string> Role { get; set; } = null!;

        public RolePolicyArgs()
        {
        }

        public static new RolePolicyArgs Empty => new RolePolicyArgs();
    }
}
