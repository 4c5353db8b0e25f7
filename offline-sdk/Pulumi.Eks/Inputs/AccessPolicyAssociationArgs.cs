namespace Pulumi.Eks.Inputs
{
    /// <summary>An access policy associated with an access entry, with its scope.</summary>
    public sealed class AccessPolicyAssociationArgs : global::Pulumi.ResourceArgs
    {
        [Input("accessScope", required: true)]
        public Input<Pulumi.Aws.Eks.Inputs.AccessPolicyAssociationAccessScopeArgs> AccessScope { get; set; } = null!;

        [Input("policyArn", required: true)]
        public Input<string> PolicyArn { get; set; } = null!;

        public AccessPolicyAssociationArgs()
        {
        }

        public static new AccessPolicyAssociationArgs Empty => new AccessPolicyAssociationArgs();
    }
}
