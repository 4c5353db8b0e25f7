namespace Pulumi.Eks
{
    /// <summary>
    /// The eks:index:ManagedNodeGroup multi-language component: an EKS managed node group attached to a
    /// cluster, constructed remotely by the eks provider.
    /// </summary>
    [EksResourceType("eks:index:ManagedNodeGroup")]
    public partial class ManagedNodeGroup : global::Pulumi.ComponentResource
    {
        [Output("nodeGroup")]
        public Output<Pulumi.Aws.Eks.NodeGroup> NodeGroup { get; private set; } = null!;

        [Output("placementGroupName")]
        public Output<string> PlacementGroupName { get; private set; } = null!;

        public ManagedNodeGroup(string name, ManagedNodeGroupArgs args, ComponentResourceOptions? options = null)
            : base("eks:index:ManagedNodeGroup", name, args ?? new ManagedNodeGroupArgs(), MakeResourceOptions(options, ""), remote: true)
        {
        }

        private static ComponentResourceOptions MakeResourceOptions(ComponentResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new ComponentResourceOptions();
            var merged = ComponentResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }
}
