namespace Pulumi.Eks.Inputs
{
    /// <summary>Compute settings of EKS Auto Mode.</summary>
    public sealed class ClusterComputeConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("nodePools")]
        private InputList<string>? _nodePools;
        public InputList<string> NodePools
        {
            get => _nodePools ?? (_nodePools = new InputList<string>());
            set => _nodePools = value;
        }

        [Input("nodeRoleArn")]
        public Input<string>? NodeRoleArn { get; set; }

        public ClusterComputeConfigArgs()
        {
        }

        public static new ClusterComputeConfigArgs Empty => new ClusterComputeConfigArgs();
    }
}
