namespace Pulumi.Aws.Ec2ClientVpn
{
    /// <summary>An authorization rule of a Client VPN endpoint (<c>aws:ec2clientvpn/authorizationRule:AuthorizationRule</c>).</summary>
    [AwsResourceType("aws:ec2clientvpn/authorizationRule:AuthorizationRule")]
    public partial class AuthorizationRule : global::Pulumi.CustomResource
    {
        [Output("accessGroupId")]
        public Output<string?> AccessGroupId { get; private set; } = null!;

        [Output("authorizeAllGroups")]
        public Output<bool?> AuthorizeAllGroups { get; private set; } = null!;

        [Output("clientVpnEndpointId")]
        public Output<string> ClientVpnEndpointId { get; private set; } = null!;

        [Output("description")]
        public Output<string?> Description { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("targetNetworkCidr")]
        public Output<string> TargetNetworkCidr { get; private set; } = null!;

        public AuthorizationRule(string name, AuthorizationRuleArgs args, CustomResourceOptions? options = null)
            : base("aws:ec2clientvpn/authorizationRule:AuthorizationRule", name, args ?? new AuthorizationRuleArgs(), MakeResourceOptions(options, ""))
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

    public sealed class AuthorizationRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("accessGroupId")]
        public Input<string>? AccessGroupId { get; set; }

        [Input("authorizeAllGroups")]
        public Input<bool>? AuthorizeAllGroups { get; set; }

        [Input("clientVpnEndpointId", required: true)]
        public Input<string> ClientVpnEndpointId { get; set; } = null!;

        [Input("description")]
        public Input<string>? Description { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("targetNetworkCidr", required: true)]
        public Input<string> TargetNetworkCidr { get; set; } = null!;

        public AuthorizationRuleArgs()
        {
        }
        public static new AuthorizationRuleArgs Empty => new AuthorizationRuleArgs();
    }
}
