// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Iam.Inputs.FederatedPrincipalArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam.Inputs
{
    public sealed class FederatedPrincipalArgs : global::Pulumi.ResourceArgs
    {
        [Input("Federated", required: true)]
        public InputUnion<string, ImmutableArray<string>> Federated { get; set; } = null!;

        public FederatedPrincipalArgs()
        {
        }

        public static new FederatedPrincipalArgs Empty => new FederatedPrincipalArgs();
    }
}
