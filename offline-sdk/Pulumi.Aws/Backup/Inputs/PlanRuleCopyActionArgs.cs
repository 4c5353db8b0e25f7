// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Backup.Inputs.PlanRuleCopyActionArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Backup.Inputs
{
    public sealed class PlanRuleCopyActionArgs : global::Pulumi.ResourceArgs
    {
        [Input("destinationVaultArn", required: true)]
        public Input<string> DestinationVaultArn { get; set; } = null!;

        [Input("lifecycle")]
        public Input<Inputs.PlanRuleCopyActionLifecycleArgs>? Lifecycle { get; set; }

        public PlanRuleCopyActionArgs()
        {
        }

        public static new PlanRuleCopyActionArgs Empty => new PlanRuleCopyActionArgs();
    }
}
