namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class ClusterUpgradePolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("supportType")]
        public Input<string>? SupportType { get; set; }

        public ClusterUpgradePolicyArgs()
        {
        }
        public static new ClusterUpgradePolicyArgs Empty => new ClusterUpgradePolicyArgs();
    }
}
