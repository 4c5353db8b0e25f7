using System.Collections.Immutable;

namespace Pulumi.Aws.Ec2ClientVpn
{
    /// <summary>An AWS Client VPN endpoint (<c>aws:ec2clientvpn/endpoint:Endpoint</c>).</summary>
    [AwsResourceType("aws:ec2clientvpn/endpoint:Endpoint")]
    public partial class Endpoint : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("authenticationOptions")]
        public Output<ImmutableArray<Outputs.EndpointAuthenticationOption>> AuthenticationOptions { get; private set; } = null!;

        [Output("clientCidrBlock")]
        public Output<string?> ClientCidrBlock { get; private set; } = null!;

        [Output("clientConnectOptions")]
        public Output<Outputs.EndpointClientConnectOptions> ClientConnectOptions { get; private set; } = null!;

        [Output("clientLoginBannerOptions")]
        public Output<Outputs.EndpointClientLoginBannerOptions> ClientLoginBannerOptions { get; private set; } = null!;

        [Output("clientRouteEnforcementOptions")]
        public Output<Outputs.EndpointClientRouteEnforcementOptions> ClientRouteEnforcementOptions { get; private set; } = null!;

        [Output("connectionLogOptions")]
        public Output<Outputs.EndpointConnectionLogOptions> ConnectionLogOptions { get; private set; } = null!;

        [Output("description")]
        public Output<string?> Description { get; private set; } = null!;

        [Output("disconnectOnSessionTimeout")]
        public Output<bool> DisconnectOnSessionTimeout { get; private set; } = null!;

        [Output("dnsName")]
        public Output<string> DnsName { get; private set; } = null!;

        [Output("dnsServers")]
        public Output<ImmutableArray<string>> DnsServers { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("securityGroupIds")]
        public Output<ImmutableArray<string>> SecurityGroupIds { get; private set; } = null!;

        [Output("selfServicePortal")]
        public Output<string?> SelfServicePortal { get; private set; } = null!;

        [Output("selfServicePortalUrl")]
        public Output<string> SelfServicePortalUrl { get; private set; } = null!;

        [Output("serverCertificateArn")]
        public Output<string> ServerCertificateArn { get; private set; } = null!;

        [Output("sessionTimeoutHours")]
        public Output<int?> SessionTimeoutHours { get; private set; } = null!;

        [Output("splitTunnel")]
        public Output<bool?> SplitTunnel { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("transportProtocol")]
        public Output<string?> TransportProtocol { get; private set; } = null!;

        [Output("vpcId")]
        public Output<string> VpcId { get; private set; } = null!;

        [Output("vpnPort")]
        public Output<int?> VpnPort { get; private set; } = null!;

        public Endpoint(string name, EndpointArgs args, CustomResourceOptions? options = null)
            : base("aws:ec2clientvpn/endpoint:Endpoint", name, args ?? new EndpointArgs(), MakeResourceOptions(options, ""))
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

    public sealed class EndpointArgs : global::Pulumi.ResourceArgs
    {
        [Input("authenticationOptions", required: true)]
        private InputList<Inputs.EndpointAuthenticationOptionArgs>? _authenticationOptions;
        public InputList<Inputs.EndpointAuthenticationOptionArgs> AuthenticationOptions
        {
            get => _authenticationOptions ?? (_authenticationOptions = new InputList<Inputs.EndpointAuthenticationOptionArgs>());
            set => _authenticationOptions = value;
        }

        [Input("clientCidrBlock")]
        public Input<string>? ClientCidrBlock { get; set; }

        [Input("clientConnectOptions")]
        public Input<Inputs.EndpointClientConnectOptionsArgs>? ClientConnectOptions { get; set; }

        [Input("clientLoginBannerOptions")]
        public Input<Inputs.EndpointClientLoginBannerOptionsArgs>? ClientLoginBannerOptions { get; set; }

        [Input("clientRouteEnforcementOptions")]
        public Input<Inputs.EndpointClientRouteEnforcementOptionsArgs>? ClientRouteEnforcementOptions { get; set; }

        [Input("connectionLogOptions", required: true)]
        public Input<Inputs.EndpointConnectionLogOptionsArgs> ConnectionLogOptions { get; set; } = null!;

        [Input("description")]
        public Input<string>? Description { get; set; }

        [Input("disconnectOnSessionTimeout")]
        public Input<bool>? DisconnectOnSessionTimeout { get; set; }

        [Input("dnsServers")]
        private InputList<string>? _dnsServers;
        public InputList<string> DnsServers
        {
            get => _dnsServers ?? (_dnsServers = new InputList<string>());
            set => _dnsServers = value;
        }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("securityGroupIds")]
        private InputList<string>? _securityGroupIds;
        public InputList<string> SecurityGroupIds
        {
            get => _securityGroupIds ?? (_securityGroupIds = new InputList<string>());
            set => _securityGroupIds = value;
        }

        [Input("selfServicePortal")]
        public Input<string>? SelfServicePortal { get; set; }

        [Input("serverCertificateArn", required: true)]
        public Input<string> ServerCertificateArn { get; set; } = null!;

        [Input("sessionTimeoutHours")]
        public Input<int>? SessionTimeoutHours { get; set; }

        [Input("splitTunnel")]
        public Input<bool>? SplitTunnel { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("transportProtocol")]
        public Input<string>? TransportProtocol { get; set; }

        [Input("vpcId")]
        public Input<string>? VpcId { get; set; }

        [Input("vpnPort")]
        public Input<int>? VpnPort { get; set; }

        public EndpointArgs()
        {
        }
        public static new EndpointArgs Empty => new EndpointArgs();
    }
}
