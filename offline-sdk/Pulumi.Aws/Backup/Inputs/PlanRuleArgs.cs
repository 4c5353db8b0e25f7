// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Backup.Inputs.PlanRuleArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Backup.Inputs
{
    public sealed class PlanRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("completionWindow")]
        public Input<int>? CompletionWindow { get; set; }

        [Input("copyActions")]
        private InputList<Inputs.PlanRuleCopyActionArgs>? _copyActions;
        public InputList<Inputs.PlanRuleCopyActionArgs> CopyActions
        {
            get => _copyActions ?? (_copyActions = new InputList<Inputs.PlanRuleCopyActionArgs>());
            set => _copyActions = value;
        }

        [Input("enableContinuousBackup")]
        public Input<bool>? EnableContinuousBackup { get; set; }

        [Input("lifecycle")]
        public Input<Inputs.PlanRuleLifecycleArgs>? Lifecycle { get; set; }

        [Input("recoveryPointTags")]
        private InputMap<string>? _recoveryPointTags;
        public InputMap<string> RecoveryPointTags
        {
            get => _recoveryPointTags ?? (_recoveryPointTags = new InputMap<string>());
            set => _recoveryPointTags = value;
        }

        [Input("ruleName", required: true)]
        public Input<string> RuleName { get; set; } = null!;

        [Input("schedule")]
        public Input<string>? Schedule { get; set; }

        [Input("scheduleExpressionTimezone")]
        public Input<string>? ScheduleExpressionTimezone { get; set; }

        [Input("startWindow")]
        public Input<int>? StartWindow { get; set; }

        [Input("targetVaultName", required: true)]
        public Input<string> TargetVaultName { get; set; } = null!;

        public PlanRuleArgs()
        {
        }

        public static new PlanRuleArgs Empty => new PlanRuleArgs();
    }
}
