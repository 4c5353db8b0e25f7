using System.Collections.Immutable;

namespace Pulumi.Aws.AutoScaling
{
    /// <summary>An EC2 Auto Scaling group (<c>aws:autoscaling/group:Group</c>); a subset of its members.</summary>
    [AwsResourceType("aws:autoscaling/group:Group")]
    public partial class Group : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("availabilityZones")]
        public Output<ImmutableArray<string>> AvailabilityZones { get; private set; } = null!;

        [Output("desiredCapacity")]
        public Output<int> DesiredCapacity { get; private set; } = null!;

        [Output("launchTemplate")]
        public Output<Outputs.GroupLaunchTemplate> LaunchTemplate { get; private set; } = null!;

        [Output("maxSize")]
        public Output<int> MaxSize { get; private set; } = null!;

        [Output("minSize")]
        public Output<int> MinSize { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("namePrefix")]
        public Output<string> NamePrefix { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableArray<Outputs.GroupTag>> Tags { get; private set; } = null!;

        [Output("vpcZoneIdentifiers")]
        public Output<ImmutableArray<string>> VpcZoneIdentifiers { get; private set; } = null!;

        public Group(string name, GroupArgs args, CustomResourceOptions? options = null)
            : base("aws:autoscaling/group:Group", name, args ?? new GroupArgs(), MakeResourceOptions(options, ""))
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

    public sealed class GroupArgs : global::Pulumi.ResourceArgs
    {
        [Input("availabilityZones")]
        private InputList<string>? _availabilityZones;
        public InputList<string> AvailabilityZones
        {
            get => _availabilityZones ?? (_availabilityZones = new InputList<string>());
            set => _availabilityZones = value;
        }

        [Input("desiredCapacity")]
        public Input<int>? DesiredCapacity { get; set; }

        [Input("launchTemplate")]
        public Input<Inputs.GroupLaunchTemplateArgs>? LaunchTemplate { get; set; }

        [Input("maxSize", required: true)]
        public Input<int> MaxSize { get; set; } = null!;

        [Input("minSize", required: true)]
        public Input<int> MinSize { get; set; } = null!;

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("namePrefix")]
        public Input<string>? NamePrefix { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tags")]
        private InputList<Inputs.GroupTagArgs>? _tags;
        public InputList<Inputs.GroupTagArgs> Tags
        {
            get => _tags ?? (_tags = new InputList<Inputs.GroupTagArgs>());
            set => _tags = value;
        }

        [Input("vpcZoneIdentifiers")]
        private InputList<string>? _vpcZoneIdentifiers;
        public InputList<string> VpcZoneIdentifiers
        {
            get => _vpcZoneIdentifiers ?? (_vpcZoneIdentifiers = new InputList<string>());
            set => _vpcZoneIdentifiers = value;
        }

        public GroupArgs()
        {
        }
        public static new GroupArgs Empty => new GroupArgs();
    }
}
