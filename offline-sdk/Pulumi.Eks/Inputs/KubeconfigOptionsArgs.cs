namespace Pulumi.Eks.Inputs
{
    /// <summary>Credentials options written into the generated kubeconfig.</summary>
    public sealed class KubeconfigOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("profileName")]
        public Input<string>? ProfileName { get; set; }

        [Input("roleArn")]
        public Input<string>? RoleArn { get; set; }

        public KubeconfigOptionsArgs()
        {
        }

        public static new KubeconfigOptionsArgs Empty => new KubeconfigOptionsArgs();
    }
}
