namespace Pulumi.Eks
{
    /// <summary>The eks:index:VpcCniAddon multi-language component (the vpc-cni EKS addon).</summary>
    [EksResourceType("eks:index:VpcCniAddon")]
    public partial class VpcCniAddon : global::Pulumi.ComponentResource
    {
        public VpcCniAddon(string name, VpcCniAddonArgs args, ComponentResourceOptions? options = null)
            : base("eks:index:VpcCniAddon", name, args ?? new VpcCniAddonArgs(), MakeResourceOptions(options, ""), remote: true)
        {
        }

        private static ComponentResourceOptions MakeResourceOptions(ComponentResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new ComponentResourceOptions
            {
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "eks:index:VpcCni" },
                },
            };
            var merged = ComponentResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }
}
