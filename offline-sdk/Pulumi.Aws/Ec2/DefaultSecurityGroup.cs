// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:ec2/defaultSecurityGroup:DefaultSecurityGroup).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2
{
    /// <summary>Mirror of <c>aws:ec2/defaultSecurityGroup:DefaultSecurityGroup</c>.</summary>
    [AwsResourceType("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup")]
    public partial class DefaultSecurityGroup : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("description")]
        public Output<string> Description { get; private set; } = null!;

        [Output("egress")]
        public Output<ImmutableArray<Outputs.DefaultSecurityGroupEgress>> Egress { get; private set; } = null!;

        [Output("ingress")]
        public Output<ImmutableArray<Outputs.DefaultSecurityGroupIngress>> Ingress { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("namePrefix")]
        public Output<string> NamePrefix { get; private set; } = null!;

        [Output("ownerId")]
        public Output<string> OwnerId { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("revokeRulesOnDelete")]
        public Output<bool?> RevokeRulesOnDelete { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("vpcId")]
        public Output<string> VpcId { get; private set; } = null!;

        public DefaultSecurityGroup(string name, DefaultSecurityGroupArgs? args = null, CustomResourceOptions? options = null)
            : base("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", name, args ?? new DefaultSecurityGroupArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class DefaultSecurityGroupArgs : global::Pulumi.ResourceArgs
    {
        [Input("egress")]
        private InputList<Inputs.DefaultSecurityGroupEgressArgs>? _egress;

        public InputList<Inputs.DefaultSecurityGroupEgressArgs> Egress
        {
            get => _egress ?? (_egress = new InputList<Inputs.DefaultSecurityGroupEgressArgs>());
            set => _egress = value;
        }

        [Input("ingress")]
        private InputList<Inputs.DefaultSecurityGroupIngressArgs>? _ingress;

        public InputList<Inputs.DefaultSecurityGroupIngressArgs> Ingress
        {
            get => _ingress ?? (_ingress = new InputList<Inputs.DefaultSecurityGroupIngressArgs>());
            set => _ingress = value;
        }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("revokeRulesOnDelete")]
        public Input<bool>? RevokeRulesOnDelete { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("vpcId")]
        public Input<string>? VpcId { get; set; }

        public DefaultSecurityGroupArgs()
        {
        }

        public static new DefaultSecurityGroupArgs Empty => new DefaultSecurityGroupArgs();
    }
}
