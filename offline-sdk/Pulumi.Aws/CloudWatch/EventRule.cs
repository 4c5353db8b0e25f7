// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:cloudwatch/eventRule:EventRule).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch
{
    /// <summary>Mirror of <c>aws:cloudwatch/eventRule:EventRule</c>.</summary>
    [AwsResourceType("aws:cloudwatch/eventRule:EventRule")]
    public partial class EventRule : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("description")]
        public Output<string?> Description { get; private set; } = null!;

        [Output("eventBusName")]
        public Output<string?> EventBusName { get; private set; } = null!;

        [Output("eventPattern")]
        public Output<string?> EventPattern { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("state")]
        public Output<string?> State { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        public EventRule(string name, EventRuleArgs? args = null, CustomResourceOptions? options = null)
            : base("aws:cloudwatch/eventRule:EventRule", name, args ?? new EventRuleArgs(), MakeResourceOptions(options, ""))
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

    public sealed class EventRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("description")]
        public Input<string>? Description { get; set; }

        [Input("eventBusName")]
        public Input<string>? EventBusName { get; set; }

        [Input("eventPattern")]
        public Input<string>? EventPattern { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("state")]
        public Input<string>? State { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public EventRuleArgs()
        {
        }

        public static new EventRuleArgs Empty => new EventRuleArgs();
    }
}
