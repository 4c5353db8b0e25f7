// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Iam.Inputs.RoleInlinePolicyArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam.Inputs
{
    public sealed class RoleInlinePolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("policy")]
        public Input<string>? Policy { get; set; }

        public RoleInlinePolicyArgs()
        {
        }

        public static new RoleInlinePolicyArgs Empty => new RoleInlinePolicyArgs();
    }
}
