namespace Pulumi.Eks.Inputs
{
    /// <summary>EKS Auto Mode settings.</summary>
    public sealed class AutoModeOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("computeConfig")]
        public Input<Inputs.ClusterComputeConfigArgs>? ComputeConfig { get; set; }

        [Input("createNodeRole")]
        public bool? CreateNodeRole { get; set; }

        [Input("enabled", required: true)]
        public bool Enabled { get; set; }

        public AutoModeOptionsArgs()
        {
            CreateNodeRole = true;
        }

        public static new AutoModeOptionsArgs Empty => new AutoModeOptionsArgs();
    }
}
