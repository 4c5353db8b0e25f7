// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Ec2.Outputs.FlowLogDestinationOptions).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2.Outputs
{
    [OutputType]
    public sealed class FlowLogDestinationOptions
    {
        public readonly string? FileFormat;
        public readonly bool? HiveCompatiblePartitions;
        public readonly bool? PerHourPartition;

        [OutputConstructor]
        private FlowLogDestinationOptions(
            string? fileFormat,

            bool? hiveCompatiblePartitions,

            bool? perHourPartition)
        {
            FileFormat = fileFormat;
            HiveCompatiblePartitions = hiveCompatiblePartitions;
            PerHourPartition = perHourPartition;
        }
    }
}
