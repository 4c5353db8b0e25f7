// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:sns/topicSubscription:TopicSubscription).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Sns
{
    /// <summary>Mirror of <c>aws:sns/topicSubscription:TopicSubscription</c>.</summary>
    [AwsResourceType("aws:sns/topicSubscription:TopicSubscription")]
    public partial class TopicSubscription : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("endpoint")]
        public Output<string> Endpoint { get; private set; } = null!;

        [Output("pendingConfirmation")]
        public Output<bool> PendingConfirmation { get; private set; } = null!;

        [Output("protocol")]
        public Output<string> Protocol { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("topic")]
        public Output<string> Topic { get; private set; } = null!;

        public TopicSubscription(string name, TopicSubscriptionArgs args, CustomResourceOptions? options = null)
            : base("aws:sns/topicSubscription:TopicSubscription", name, args ?? new TopicSubscriptionArgs(), MakeResourceOptions(options, ""))
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

    public sealed class TopicSubscriptionArgs : global::Pulumi.ResourceArgs
    {
        [Input("endpoint", required: true)]
        public Input<string> Endpoint { get; set; } = null!;

        [Input("protocol", required: true)]
        public Input<string> Protocol { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("topic", required: true)]
        public Input<string> Topic { get; set; } = null!;

        public TopicSubscriptionArgs()
        {
        }

        public static new TopicSubscriptionArgs Empty => new TopicSubscriptionArgs();
    }
}
