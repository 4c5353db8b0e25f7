// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Iam.Inputs.ServicePrincipalArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam.Inputs
{
    public sealed class ServicePrincipalArgs : global::Pulumi.ResourceArgs
    {
        [Input("Service", required: true)]
        public InputUnion<string, ImmutableArray<string>> Service { get; set; } = null!;

        public ServicePrincipalArgs()
        {
        }

        public static new ServicePrincipalArgs Empty => new ServicePrincipalArgs();
    }
}
