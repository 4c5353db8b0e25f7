// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:cloudwatch/eventTarget:EventTarget).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudWatch
{
    /// <summary>Mirror of <c>aws:cloudwatch/eventTarget:EventTarget</c>.</summary>
    [AwsResourceType("aws:cloudwatch/eventTarget:EventTarget")]
    public partial class EventTarget : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("rule")]
        public Output<string> Rule { get; private set; } = null!;

        [Output("targetId")]
        public Output<string> TargetId { get; private set; } = null!;

        public EventTarget(string name, EventTargetArgs args, CustomResourceOptions? options = null)
            : base("aws:cloudwatch/eventTarget:EventTarget", name, args ?? new EventTargetArgs(), MakeResourceOptions(options, ""))
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

    public sealed class EventTargetArgs : global::Pulumi.ResourceArgs
    {
        [Input("arn", required: true)]
        public Input<string> Arn { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("rule", required: true)]
        public Input<string> Rule { get; set; } = null!;

        [Input("targetId")]
        public Input<string>? TargetId { get; set; }

        public EventTargetArgs()
        {
        }

        public static new EventTargetArgs Empty => new EventTargetArgs();
    }
}
