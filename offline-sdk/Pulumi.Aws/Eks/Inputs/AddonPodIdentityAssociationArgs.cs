namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class AddonPodIdentityAssociationArgs : global::Pulumi.ResourceArgs
    {
        [Input("roleArn", required: true)]
        public Input<string> RoleArn { get; set; } = null!;

        [Input("serviceAccount", required: true)]
        public Input<string> ServiceAccount { get; set; } = null!;

        public AddonPodIdentityAssociationArgs()
        {
        }
        public static new AddonPodIdentityAssociationArgs Empty => new AddonPodIdentityAssociationArgs();
    }
}
