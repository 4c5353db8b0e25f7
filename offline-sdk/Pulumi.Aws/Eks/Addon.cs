using System.Collections.Immutable;

namespace Pulumi.Aws.Eks
{
    /// <summary>An EKS managed add-on (<c>aws:eks/addon:Addon</c>).</summary>
    [AwsResourceType("aws:eks/addon:Addon")]
    public partial class Addon : global::Pulumi.CustomResource
    {
        [Output("addonName")]
        public Output<string> AddonName { get; private set; } = null!;

        [Output("addonVersion")]
        public Output<string> AddonVersion { get; private set; } = null!;

        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("clusterName")]
        public Output<string> ClusterName { get; private set; } = null!;

        [Output("configurationValues")]
        public Output<string> ConfigurationValues { get; private set; } = null!;

        [Output("createdAt")]
        public Output<string> CreatedAt { get; private set; } = null!;

        [Output("modifiedAt")]
        public Output<string> ModifiedAt { get; private set; } = null!;

        [Output("namespaceConfig")]
        public Output<Outputs.AddonNamespaceConfig> NamespaceConfig { get; private set; } = null!;

        [Output("podIdentityAssociations")]
        public Output<ImmutableArray<Outputs.AddonPodIdentityAssociation>> PodIdentityAssociations { get; private set; } = null!;

        [Output("preserve")]
        public Output<bool?> Preserve { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("resolveConflictsOnCreate")]
        public Output<string?> ResolveConflictsOnCreate { get; private set; } = null!;

        [Output("resolveConflictsOnUpdate")]
        public Output<string?> ResolveConflictsOnUpdate { get; private set; } = null!;

        [Output("serviceAccountRoleArn")]
        public Output<string?> ServiceAccountRoleArn { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        public Addon(string name, AddonArgs args, CustomResourceOptions? options = null)
            : base("aws:eks/addon:Addon", name, args ?? new AddonArgs(), MakeResourceOptions(options, ""))
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

    public sealed class AddonArgs : global::Pulumi.ResourceArgs
    {
        [Input("addonName", required: true)]
        public Input<string> AddonName { get; set; } = null!;

        [Input("addonVersion")]
        public Input<string>? AddonVersion { get; set; }

        [Input("clusterName", required: true)]
        public Input<string> ClusterName { get; set; } = null!;

        [Input("configurationValues")]
        public Input<string>? ConfigurationValues { get; set; }

        [Input("namespaceConfig")]
        public Input<Inputs.AddonNamespaceConfigArgs>? NamespaceConfig { get; set; }

        [Input("podIdentityAssociations")]
        private InputList<Inputs.AddonPodIdentityAssociationArgs>? _podIdentityAssociations;
        public InputList<Inputs.AddonPodIdentityAssociationArgs> PodIdentityAssociations
        {
            get => _podIdentityAssociations ?? (_podIdentityAssociations = new InputList<Inputs.AddonPodIdentityAssociationArgs>());
            set => _podIdentityAssociations = value;
        }

        [Input("preserve")]
        public Input<bool>? Preserve { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("resolveConflictsOnCreate")]
        public Input<string>? ResolveConflictsOnCreate { get; set; }

        [Input("resolveConflictsOnUpdate")]
        public Input<string>? ResolveConflictsOnUpdate { get; set; }

        [Input("serviceAccountRoleArn")]
        public Input<string>? ServiceAccountRoleArn { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public AddonArgs()
        {
        }
        public static new AddonArgs Empty => new AddonArgs();
    }
}
