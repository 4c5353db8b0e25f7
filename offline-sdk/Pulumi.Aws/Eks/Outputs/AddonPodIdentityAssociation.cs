namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class AddonPodIdentityAssociation
    {
        public readonly string RoleArn;
        public readonly string ServiceAccount;

        [OutputConstructor]
        private AddonPodIdentityAssociation(
            string roleArn,
            string serviceAccount)
        {
            RoleArn = roleArn;
            ServiceAccount = serviceAccount;
        }
    }
}
