namespace Pulumi.Eks.Inputs
{
    /// <summary>A Fargate profile of the cluster.</summary>
    public sealed class FargateProfileArgs : global::Pulumi.ResourceArgs
    {
        [Input("podExecutionRoleArn")]
        public Input<string>? PodExecutionRoleArn { get; set; }

        [Input("selectors")]
        private InputList<Pulumi.Aws.Eks.Inputs.FargateProfileSelectorArgs>? _selectors;
        public InputList<Pulumi.Aws.Eks.Inputs.FargateProfileSelectorArgs> Selectors
        {
            get => _selectors ?? (_selectors = new InputList<Pulumi.Aws.Eks.Inputs.FargateProfileSelectorArgs>());
            set => _selectors = value;
        }

        [Input("subnetIds")]
        private InputList<string>? _subnetIds;
        public InputList<string> SubnetIds
        {
            get => _subnetIds ?? (_subnetIds = new InputList<string>());
            set => _subnetIds = value;
        }

        public FargateProfileArgs()
        {
        }

        public static new FargateProfileArgs Empty => new FargateProfileArgs();
    }
}
