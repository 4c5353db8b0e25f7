// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Outputs.RecordAlias).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53.Outputs
{
    [OutputType]
    public sealed class RecordAlias
    {
        public readonly bool EvaluateTargetHealth;
        public readonly string Name;
        public readonly string ZoneId;

        [OutputConstructor]
        private RecordAlias(
            bool evaluateTargetHealth,
            string name,
            string zoneId)
        {
            EvaluateTargetHealth = evaluateTargetHealth;
            Name = name;
            ZoneId = zoneId;
        }
    }
}
