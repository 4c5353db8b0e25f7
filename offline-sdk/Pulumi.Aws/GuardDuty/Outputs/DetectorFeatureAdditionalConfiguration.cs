// Offline mirror of the public API of Pulumi.Aws 7.48.0 (GuardDuty.Outputs.DetectorFeatureAdditionalConfiguration).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.GuardDuty.Outputs
{
    [OutputType]
    public sealed class DetectorFeatureAdditionalConfiguration
    {
        public readonly string Name;
        public readonly string Status;

        [OutputConstructor]
        private DetectorFeatureAdditionalConfiguration(
            string name,
            string status)
        {
            Name = name;
            Status = status;
        }
    }
}
