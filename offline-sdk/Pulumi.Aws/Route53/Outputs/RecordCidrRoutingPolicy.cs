// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Outputs.RecordCidrRoutingPolicy).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Outputs
{
    [OutputType]
    public sealed class RecordCidrRoutingPolicy
    {
        public readonly string CollectionId;
        public readonly string LocationName;

        [OutputConstructor]
        private RecordCidrRoutingPolicy(
            string collectionId,
            string locationName)
        {
            CollectionId = collectionId;
            LocationName = locationName;
        }
    }
}
