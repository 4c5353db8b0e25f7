// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Backup.Inputs.PlanRuleCopyActionLifecycleArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Backup.Inputs
{
    public sealed class PlanRuleCopyActionLifecycleArgs : global::Pulumi.ResourceArgs
    {
        [Input("coldStorageAfter")]
        public Input<int>? ColdStorageAfter { get; set; }

        [Input("deleteAfter")]
        public Input<int>? DeleteAfter { get; set; }

        [Input("optInToArchiveForSupportedResources")]
        public Input<bool>? OptInToArchiveForSupportedResources { get; set; }

        public PlanRuleCopyActionLifecycleArgs()
        {
        }

        public static new PlanRuleCopyActionLifecycleArgs Empty => new PlanRuleCopyActionLifecycleArgs();
    }
}
