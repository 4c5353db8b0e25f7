using System.Collections.Generic;

namespace Pulumi.Eks.Inputs
{
    /// <summary>An IAM principal's access to the cluster (an EKS access entry).</summary>
    public sealed class AccessEntryArgs : global::Pulumi.ResourceArgs
    {
        [Input("accessPolicies")]
        private Dictionary<string, Input<Inputs.AccessPolicyAssociationArgs>>? _accessPolicies;
        public Dictionary<string, Input<Inputs.AccessPolicyAssociationArgs>> AccessPolicies
        {
            get => _accessPolicies ?? (_accessPolicies = new Dictionary<string, Input<Inputs.AccessPolicyAssociationArgs>>());
            set => _accessPolicies = value;
        }

        [Input("kubernetesGroups")]
        private InputList<string>? _kubernetesGroups;
        public InputList<string> KubernetesGroups
        {
            get => _kubernetesGroups ?? (_kubernetesGroups = new InputList<string>());
            set => _kubernetesGroups = value;
        }

        [Input("principalArn", required: true)]
        public Input<string> PrincipalArn { get; set; } = null!;

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("type")]
        public Input<Pulumi.Eks.AccessEntryType>? Type { get; set; }

        [Input("username")]
        public Input<string>? Username { get; set; }

        public AccessEntryArgs()
        {
        }

        public static new AccessEntryArgs Empty => new AccessEntryArgs();
    }
}
