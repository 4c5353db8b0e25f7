// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Iam.Outputs.RoleInlinePolicy).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam.Outputs
{
    [OutputType]
    public sealed class RoleInlinePolicy
    {
        public readonly string? Name;
        public readonly string? Policy;

        [OutputConstructor]
        private RoleInlinePolicy(
            string? name,
            string? policy)
        {
            Name = name;
            Policy = policy;
        }
    }
}
