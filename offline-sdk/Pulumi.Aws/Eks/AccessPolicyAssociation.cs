namespace Pulumi.Aws.Eks
{
    /// <summary>Associates an EKS access policy with an access entry (<c>aws:eks/accessPolicyAssociation:AccessPolicyAssociation</c>).</summary>
    [AwsResourceType("aws:eks/accessPolicyAssociation:AccessPolicyAssociation")]
    public partial class AccessPolicyAssociation : global::Pulumi.CustomResource
    {
        [Output("accessScope")]
        public Output<Outputs.AccessPolicyAssociationAccessScope> AccessScope { get; private set; } = null!;

        [Output("associatedAt")]
        public Output<string> AssociatedAt { get; private set; } = null!;

        [Output("clusterName")]
        public Output<string> ClusterName { get; private set; } = null!;

        [Output("modifiedAt")]
        public Output<string> ModifiedAt { get; private set; } = null!;

        [Output("policyArn")]
        public Output<string> PolicyArn { get; private set; } = null!;

        [Output("principalArn")]
        public Output<string> PrincipalArn { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        public AccessPolicyAssociation(string name, AccessPolicyAssociationArgs args, CustomResourceOptions? options = null)
            : base("aws:eks/accessPolicyAssociation:AccessPolicyAssociation", name, args ?? new AccessPolicyAssociationArgs(), MakeResourceOptions(options, ""))
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

    public sealed class AccessPolicyAssociationArgs : global::Pulumi.ResourceArgs
    {
        [Input("accessScope", required: true)]
        public Input<Inputs.AccessPolicyAssociationAccessScopeArgs> AccessScope { get; set; } = null!;

        [Input("clusterName", required: true)]
        public Input<string> ClusterName { get; set; } = null!;

        [Input("policyArn", required: true)]
        public Input<string> PolicyArn { get; set; } = null!;

        [Input("principalArn", required: true)]
        public Input<string> PrincipalArn { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        public AccessPolicyAssociationArgs()
        {
        }
        public static new AccessPolicyAssociationArgs Empty => new AccessPolicyAssociationArgs();
    }
}
