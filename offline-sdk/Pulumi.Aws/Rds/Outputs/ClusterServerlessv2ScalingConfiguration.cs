// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Rds.Outputs.ClusterServerlessv2ScalingConfiguration).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Rds.Outputs
{
    [OutputType]
    public sealed class ClusterServerlessv2ScalingConfiguration
    {
        public readonly double MaxCapacity;
        public readonly double MinCapacity;
        public readonly int? SecondsUntilAutoPause;

        [OutputConstructor]
        private ClusterServerlessv2ScalingConfiguration(
            double maxCapacity,
            double minCapacity,
            int? secondsUntilAutoPause)
        {
            MaxCapacity = maxCapacity;
            MinCapacity = minCapacity;
            SecondsUntilAutoPause = secondsUntilAutoPause;
        }
    }
}
