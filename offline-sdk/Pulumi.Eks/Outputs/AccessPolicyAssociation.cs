namespace Pulumi.Eks.Outputs
{
    /// <summary>An access policy associated with an access entry.</summary>
    [OutputType]
    public sealed class AccessPolicyAssociation
    {
        public readonly Pulumi.Aws.Eks.Outputs.AccessPolicyAssociationAccessScope AccessScope;
        public readonly string PolicyArn;

        [OutputConstructor]
        private AccessPolicyAssociation(
            Pulumi.Aws.Eks.Outputs.AccessPolicyAssociationAccessScope accessScope,
            string policyArn)
        {
            AccessScope = accessScope;
            PolicyArn = policyArn;
        }
    }
}
