namespace Pulumi.Eks.Inputs
{
    /// <summary>The role and AWS provider used to create the cluster.</summary>
    public sealed class CreationRoleProviderArgs : global::Pulumi.ResourceArgs
    {
        [Input("provider", required: true)]
        public Pulumi.Aws.Provider Provider { get; set; } = null!;

        [Input("role", required: true)]
        public Pulumi.Aws.Iam.Role Role { get; set; } = null!;

        public CreationRoleProviderArgs()
        {
        }

        public static new CreationRoleProviderArgs Empty => new CreationRoleProviderArgs();
    }
}
