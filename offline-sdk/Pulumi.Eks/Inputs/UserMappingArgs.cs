namespace Pulumi.Eks.Inputs
{
    /// <summary>An aws-auth mapping of an IAM user to a Kubernetes user and groups.</summary>
    public sealed class UserMappingArgs : global::Pulumi.ResourceArgs
    {
        [Input("groups", required: true)]
        private InputList<string>? _groups;
        public InputList<string> Groups
        {
            get => _groups ?? (_groups = new InputList<string>());
            set => _groups = value;
        }

        [Input("userArn", required: true)]
        public Input<string> UserArn { get; set; } = null!;

        [Input("username", required: true)]
        public Input<string> Username { get; set; } = null!;

        public UserMappingArgs()
        {
        }

        public static new UserMappingArgs Empty => new UserMappingArgs();
    }
}
