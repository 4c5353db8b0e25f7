namespace Pulumi.Aws.Eks.Inputs
{
    public sealed class NodeGroupRemoteAccessArgs : global::Pulumi.ResourceArgs
    {
        [Input("ec2SshKey")]
        public Input<string>? Ec2SshKey { get; set; }

        [Input("sourceSecurityGroupIds")]
        private InputList<string>? _sourceSecurityGroupIds;
        public InputList<string> SourceSecurityGroupIds
        {
            get => _sourceSecurityGroupIds ?? (_sourceSecurityGroupIds = new InputList<string>());
            set => _sourceSecurityGroupIds = value;
        }

        public NodeGroupRemoteAccessArgs()
        {
        }
        public static new NodeGroupRemoteAccessArgs Empty => new NodeGroupRemoteAccessArgs();
    }
}
