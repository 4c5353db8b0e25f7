namespace Pulumi.Aws.AutoScaling
{
    /// <summary>A single tag on an Auto Scaling group created elsewhere (<c>aws:autoscaling/tag:Tag</c>).</summary>
    [AwsResourceType("aws:autoscaling/tag:Tag")]
    public partial class Tag : global::Pulumi.CustomResource
    {
        [Output("autoscalingGroupName")]
        public Output<string> AutoscalingGroupName { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        /// <summary>The tag itself; named <c>tag</c> on the wire.</summary>
        [Output("tag")]
        public Output<Outputs.TagTag> TagDetails { get; private set; } = null!;

        public Tag(string name, TagArgs args, CustomResourceOptions? options = null)
            : base("aws:autoscaling/tag:Tag", name, args ?? new TagArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class TagArgs : global::Pulumi.ResourceArgs
    {
        [Input("autoscalingGroupName", required: true)]
        public Input<string> AutoscalingGroupName { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tag", required: true)]
        public Input<Inputs.TagTagArgs> TagDetails { get; set; } = null!;

        public TagArgs()
        {
        }
        public static new TagArgs Empty => new TagArgs();
    }
}
