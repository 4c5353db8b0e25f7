using System.Collections.Immutable;

namespace Pulumi.Aws.Vpc
{
    /// <summary>A single egress rule of a security group (<c>aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule</c>).</summary>
    [AwsResourceType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule")]
    public partial class SecurityGroupEgressRule : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("cidrIpv4")]
        public Output<string?> CidrIpv4 { get; private set; } = null!;

        [Output("cidrIpv6")]
        public Output<string?> CidrIpv6 { get; private set; } = null!;

        [Output("description")]
        public Output<string?> Description { get; private set; } = null!;

        [Output("fromPort")]
        public Output<int?> FromPort { get; private set; } = null!;

        [Output("ipProtocol")]
        public Output<string> IpProtocol { get; private set; } = null!;

        [Output("prefixListId")]
        public Output<string?> PrefixListId { get; private set; } = null!;

        [Output("referencedSecurityGroupId")]
        public Output<string?> ReferencedSecurityGroupId { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("securityGroupId")]
        public Output<string> SecurityGroupId { get; private set; } = null!;

        [Output("securityGroupRuleId")]
        public Output<string> SecurityGroupRuleId { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("toPort")]
        public Output<int?> ToPort { get; private set; } = null!;

        public SecurityGroupEgressRule(string name, SecurityGroupEgressRuleArgs args, CustomResourceOptions? options = null)
            : base("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", name, args ?? new SecurityGroupEgressRuleArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class SecurityGroupEgressRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("cidrIpv4")]
        public Input<string>? CidrIpv4 { get; set; }

        [Input("cidrIpv6")]
        public Input<string>? CidrIpv6 { get; set; }

        [Input("description")]
        public Input<string>? Description { get; set; }

        [Input("fromPort")]
        public Input<int>? FromPort { get; set; }

        [Input("ipProtocol", required: true)]
        public Input<string> IpProtocol { get; set; } = null!;

        [Input("prefixListId")]
        public Input<string>? PrefixListId { get; set; }

        [Input("referencedSecurityGroupId")]
        public Input<string>? ReferencedSecurityGroupId { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("securityGroupId", required: true)]
        public Input<string> SecurityGroupId { get; set; } = null!;

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("toPort")]
        public Input<int>? ToPort { get; set; }

        public SecurityGroupEgressRuleArgs()
        {
        }
        public static new SecurityGroupEgressRuleArgs Empty => new SecurityGroupEgressRuleArgs();
    }
}
