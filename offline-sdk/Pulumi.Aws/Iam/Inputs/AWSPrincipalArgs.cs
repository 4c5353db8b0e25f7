// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Iam.Inputs.AWSPrincipalArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam.Inputs
{
    public sealed class AWSPrincipalArgs : global::Pulumi.ResourceArgs
    {
        [Input("AWS", required: true)]
        public InputUnion<string, ImmutableArray<string>> AWS { get; set; } = null!;

        public AWSPrincipalArgs()
        {
        }

        public static new AWSPrincipalArgs Empty => new AWSPrincipalArgs();
    }
}
