using System.Collections.Immutable;

namespace Pulumi.Aws.Eks
{
    /// <summary>An EKS access entry (<c>aws:eks/accessEntry:AccessEntry</c>).</summary>
    [AwsResourceType("aws:eks/accessEntry:AccessEntry")]
    public partial class AccessEntry : global::Pulumi.CustomResource
    {
        [Output("accessEntryArn")]
        public Output<string> AccessEntryArn { get; private set; } = null!;

        [Output("clusterName")]
        public Output<string> ClusterName { get; private set; } = null!;

        [Output("createdAt")]
        public Output<string> CreatedAt { get; private set; } = null!;

        [Output("kubernetesGroups")]
        public Output<ImmutableArray<string>> KubernetesGroups { get; private set; } = null!;

        [Output("modifiedAt")]
        public Output<string> ModifiedAt { get; private set; } = null!;

        [Output("principalArn")]
        public Output<string> PrincipalArn { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("type")]
        public Output<string?> Type { get; private set; } = null!;

        [Output("userName")]
        public Output<string> UserName { get; private set; } = null!;

        public AccessEntry(string name, AccessEntryArgs args, CustomResourceOptions? options = null)
            : base("aws:eks/accessEntry:AccessEntry", name, args ?? new AccessEntryArgs(), MakeResourceOptions(options, ""))
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

    public sealed class AccessEntryArgs : global::Pulumi.ResourceArgs
    {
        [Input("clusterName", required: true)]
        public Input<string> ClusterName { get; set; } = null!;

        [Input("kubernetesGroups")]
        private InputList<string>? _kubernetesGroups;
        public InputList<string> KubernetesGroups
        {
            get => _kubernetesGroups ?? (_kubernetesGroups = new InputList<string>());
            set => _kubernetesGroups = value;
        }

        [Input("principalArn", required: true)]
        public Input<string> PrincipalArn { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("type")]
        public Input<string>? Type { get; set; }

        [Input("userName")]
        public Input<string>? UserName { get; set; }

        public AccessEntryArgs()
        {
        }
        public static new AccessEntryArgs Empty => new AccessEntryArgs();
    }
}
