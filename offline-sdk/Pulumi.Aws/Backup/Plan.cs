// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:backup/plan:Plan).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Backup
{
    /// <summary>Mirror of <c>aws:backup/plan:Plan</c> (its rules are not mirrored as outputs).</summary>
    [AwsResourceType("aws:backup/plan:Plan")]
    public partial class Plan : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("version")]
        public Output<string> Version { get; private set; } = null!;

        public Plan(string name, PlanArgs args, CustomResourceOptions? options = null)
            : base("aws:backup/plan:Plan", name, args ?? new PlanArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class PlanArgs : global::Pulumi.ResourceArgs
    {
        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("rules", required: true)]
        private InputList<Inputs.PlanRuleArgs>? _rules;
        public InputList<Inputs.PlanRuleArgs> Rules
        {
            get => _rules ?? (_rules = new InputList<Inputs.PlanRuleArgs>());
            set => _rules = value;
        }

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public PlanArgs()
        {
        }

        public static new PlanArgs Empty => new PlanArgs();
    }
}
