namespace Pulumi.Eks.Inputs
{
    /// <summary>An aws-auth mapping of an IAM role to a Kubernetes user and groups.</summary>
    public sealed class RoleMappingArgs : global::Pulumi.ResourceArgs
    {
        [Input("groups", required: true)]
        private InputList<string>? _groups;
        public InputList<string> Groups
        {
            get => _groups ?? (_groups = new InputList<string>());
            set => _groups = value;
        }

        [Input("roleArn", required: true)]
        public Input<string> RoleArn { get; set; } = null!;

        [Input("username", required: true)]
        public Input<string> Username { get; set; } = null!;

        public RoleMappingArgs()
        {
        }

        public static new RoleMappingArgs Empty => new RoleMappingArgs();
    }
}
