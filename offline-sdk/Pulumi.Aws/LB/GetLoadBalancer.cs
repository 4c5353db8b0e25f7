// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:lb/getLoadBalancer:getLoadBalancer).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi.Aws.LB
{
    /// <summary>Mirror of the <c>aws:lb/getLoadBalancer:getLoadBalancer</c> function.</summary>
    public static class GetLoadBalancer
    {
        public static Task<GetLoadBalancerResult> InvokeAsync(GetLoadBalancerArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetLoadBalancerResult>("aws:lb/getLoadBalancer:getLoadBalancer", args ?? new GetLoadBalancerArgs(), options.WithDefaults());

        public static Output<GetLoadBalancerResult> Invoke(GetLoadBalancerInvokeArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetLoadBalancerResult>("aws:lb/getLoadBalancer:getLoadBalancer", args ?? new GetLoadBalancerInvokeArgs(), options.WithDefaults());

        public static Output<GetLoadBalancerResult> Invoke(GetLoadBalancerInvokeArgs args, InvokeOutputOptions options)
            => global::Pulumi.Deployment.Instance.Invoke<GetLoadBalancerResult>("aws:lb/getLoadBalancer:getLoadBalancer", args ?? new GetLoadBalancerInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetLoadBalancerArgs : global::Pulumi.InvokeArgs
    {
        [Input("arn")]
        public string? Arn { get; set; }

        [Input("name")]
        public string? Name { get; set; }

        [Input("region")]
        public string? Region { get; set; }

        [Input("tags")]
        private Dictionary<string, string>? _tags;

        public Dictionary<string, string> Tags
        {
            get => _tags ?? (_tags = new Dictionary<string, string>());
            set => _tags = value;
        }

        public GetLoadBalancerArgs()
        {
        }

        public static new GetLoadBalancerArgs Empty => new GetLoadBalancerArgs();
    }

    public sealed class GetLoadBalancerInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("arn")]
        public Input<string>? Arn { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public GetLoadBalancerInvokeArgs()
        {
        }

        public static new GetLoadBalancerInvokeArgs Empty => new GetLoadBalancerInvokeArgs();
    }

    [OutputType]
    public sealed class GetLoadBalancerResult
    {
        public readonly Outputs.GetLoadBalancerAccessLogsResult AccessLogs;
        public readonly string Arn;
        public readonly string ArnSuffix;
        public readonly int ClientKeepAlive;
        public readonly ImmutableArray<Outputs.GetLoadBalancerConnectionLogResult> ConnectionLogs;
        public readonly string CustomerOwnedIpv4Pool;
        public readonly string DesyncMitigationMode;
        public readonly string DnsName;
        public readonly string DnsRecordClientRoutingPolicy;
        public readonly bool DropInvalidHeaderFields;
        public readonly bool EnableCrossZoneLoadBalancing;
        public readonly bool EnableDeletionProtection;
        public readonly bool EnableHttp2;
        public readonly string EnablePrefixForIpv6SourceNat;
        public readonly bool EnableTlsVersionAndCipherSuiteHeaders;
        public readonly bool EnableWafFailOpen;
        public readonly bool EnableXffClientPort;
        public readonly bool EnableZonalShift;
        public readonly string EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic;
        public readonly ImmutableArray<Outputs.GetLoadBalancerHealthCheckLogResult> HealthCheckLogs;
        public readonly string Id;
        public readonly int IdleTimeout;
        public readonly bool Internal;
        public readonly string IpAddressType;
        public readonly ImmutableArray<Outputs.GetLoadBalancerIpamPoolResult> IpamPools;
        public readonly string LoadBalancerType;
        public readonly string Name;
        public readonly bool PreserveHostHeader;
        public readonly string Region;
        public readonly int SecondaryIpsAutoAssignedPerSubnet;
        public readonly ImmutableArray<string> SecurityGroups;
        public readonly ImmutableArray<Outputs.GetLoadBalancerSubnetMappingResult> SubnetMappings;
        public readonly ImmutableArray<string> Subnets;
        public readonly ImmutableDictionary<string, string> Tags;
        public readonly string VpcId;
        public readonly string XffHeaderProcessingMode;
        public readonly string ZoneId;

        [OutputConstructor]
        private GetLoadBalancerResult(
            Outputs.GetLoadBalancerAccessLogsResult accessLogs,
            string arn,
            string arnSuffix,
            int clientKeepAlive,
            ImmutableArray<Outputs.GetLoadBalancerConnectionLogResult> connectionLogs,
            string customerOwnedIpv4Pool,
            string desyncMitigationMode,
            string dnsName,
            string dnsRecordClientRoutingPolicy,
            bool dropInvalidHeaderFields,
            bool enableCrossZoneLoadBalancing,
            bool enableDeletionProtection,
            bool enableHttp2,
            string enablePrefixForIpv6SourceNat,
            bool enableTlsVersionAndCipherSuiteHeaders,
            bool enableWafFailOpen,
            bool enableXffClientPort,
            bool enableZonalShift,
            string enforceSecurityGroupInboundRulesOnPrivateLinkTraffic,
            ImmutableArray<Outputs.GetLoadBalancerHealthCheckLogResult> healthCheckLogs,
            string id,
            int idleTimeout,
            bool @internal,
            string ipAddressType,
            ImmutableArray<Outputs.GetLoadBalancerIpamPoolResult> ipamPools,
            string loadBalancerType,
            string name,
            bool preserveHostHeader,
            string region,
            int secondaryIpsAutoAssignedPerSubnet,
            ImmutableArray<string> securityGroups,
            ImmutableArray<Outputs.GetLoadBalancerSubnetMappingResult> subnetMappings,
            ImmutableArray<string> subnets,
            ImmutableDictionary<string, string> tags,
            string vpcId,
            string xffHeaderProcessingMode,
            string zoneId)
        {
            AccessLogs = accessLogs;
            Arn = arn;
            ArnSuffix = arnSuffix;
            ClientKeepAlive = clientKeepAlive;
            ConnectionLogs = connectionLogs;
            CustomerOwnedIpv4Pool = customerOwnedIpv4Pool;
            DesyncMitigationMode = desyncMitigationMode;
            DnsName = dnsName;
            DnsRecordClientRoutingPolicy = dnsRecordClientRoutingPolicy;
            DropInvalidHeaderFields = dropInvalidHeaderFields;
            EnableCrossZoneLoadBalancing = enableCrossZoneLoadBalancing;
            EnableDeletionProtection = enableDeletionProtection;
            EnableHttp2 = enableHttp2;
            EnablePrefixForIpv6SourceNat = enablePrefixForIpv6SourceNat;
            EnableTlsVersionAndCipherSuiteHeaders = enableTlsVersionAndCipherSuiteHeaders;
            EnableWafFailOpen = enableWafFailOpen;
            EnableXffClientPort = enableXffClientPort;
            EnableZonalShift = enableZonalShift;
            EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic = enforceSecurityGroupInboundRulesOnPrivateLinkTraffic;
            HealthCheckLogs = healthCheckLogs;
            Id = id;
            IdleTimeout = idleTimeout;
            Internal = @internal;
            IpAddressType = ipAddressType;
            IpamPools = ipamPools;
            LoadBalancerType = loadBalancerType;
            Name = name;
            PreserveHostHeader = preserveHostHeader;
            Region = region;
            SecondaryIpsAutoAssignedPerSubnet = secondaryIpsAutoAssignedPerSubnet;
            SecurityGroups = securityGroups;
            SubnetMappings = subnetMappings;
            Subnets = subnets;
            Tags = tags;
            VpcId = vpcId;
            XffHeaderProcessingMode = xffHeaderProcessingMode;
            ZoneId = zoneId;
        }
    }
}
