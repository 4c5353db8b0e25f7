namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class ClusterZonalShiftConfigArgs : global::Pulumi.ResourceArgs
    {
        [Input("enabled")]
        public Input<bool>? Enabled { get; set; }

        public ClusterZonalShiftConfigArgs()
        {
        }
        public static new ClusterZonalShiftConfigArgs Empty => new ClusterZonalShiftConfigArgs();
    }
}
