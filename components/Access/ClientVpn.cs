using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.Acm;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2.Inputs;
using Pulumi.Aws.Ec2ClientVpn;
using Pulumi.Aws.Ec2ClientVpn.Inputs;
using Pulumi.Tls;
using Pulumi.Tls.Inputs;

namespace Numinia.Components.Access;

/// <summary>What the operator VPN is built from.</summary>
public sealed record ClientVpnArgs
{
    /// <summary>
    /// The platform is paused: the endpoint, its certificates and keys stay (an endpoint bills only for its subnet
    /// associations and connections), but it is associated with no subnet, so it costs nothing and reaches nothing.
    /// </summary>
    public bool Paused { get; init; }

    /// <summary>The VPC the endpoint serves.</summary>
    public required Output<string> VpcId { get; init; }

    /// <summary>The VPC CIDR block: the only network VPN clients are authorized for and the endpoint may reach.</summary>
    public required Cidr VpcCidr { get; init; }

    /// <summary>The private subnets, one per zone; the endpoint is associated with each so that losing a zone keeps the VPN up.</summary>
    public required ImmutableArray<Output<string>> PrivateSubnetIdsByZone { get; init; }

    /// <summary>
    /// The VPN's settings: the clients' range (which must not overlap the VPC and, as AWS requires, must be a /12 to /22
    /// block), the server's name (the server certificate's CN and DNS name) and the connection logs' retention.
    /// </summary>
    public required VpnSettings Settings { get; init; }

    /// <summary>The Organization (O) of every certificate's subject.</summary>
    public string Organization { get; init; } = "Numinia";

    /// <summary>
    /// The security group of the private EKS API endpoint: when given, it admits the VPN on 443, which is
    /// how operators reach the cluster.
    /// </summary>
    public Output<string>? ClusterApiSecurityGroupId { get; init; }

    /// <summary>
    /// Validity of the server and client certificates, in hours (default one year).
    /// Rotation: each certificate is renewed by <c>pulumi up</c> once it is within
    /// <see cref="ClientVpn.EarlyRenewalHours"/> of expiring (the TLS provider then replaces it); to rotate
    /// one sooner, replace it: <c>pulumi up --replace &lt;urn of its LocallySignedCert&gt;</c> (or
    /// <c>pulumi state taint</c> it first). The server certificate is re-imported under the same ACM ARN, so
    /// the endpoint and its DNS name stay; a new client certificate means a new
    /// <c>clientConfiguration</c> for operators to fetch. Replacing the CA key re-issues everything.
    /// </summary>
    public int CertificateValidityHours { get; init; } = 8760;

    /// <summary>
    /// Validity of the certificate authority, in hours (default five years). Longer than the
    /// certificates it signs, so that renewing them does not also replace the CA.
    /// </summary>
    public int CaValidityHours { get; init; } = 43800;
}

/// <summary>
/// The operator VPN (operators moved from a bastion host to a VPN): an AWS Client VPN endpoint with
/// mutual TLS, split tunnel, reaching only the VPC, with connection logs. It carries its own certificate
/// authority, a server certificate imported into ACM and one client certificate, from which it renders
/// the OpenVPN profile operators connect with (a secret output).
/// </summary>
public sealed class ClientVpn : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:access:ClientVpn";

    /// <summary>The port the endpoint listens on (UDP).</summary>
    public const int VpnPort = 443;

    /// <summary>How long before a certificate expires <c>pulumi up</c> renews it (30 days).</summary>
    public const int EarlyRenewalHours = 720;

    // Client VPN accepts only 1024- and 2048-bit RSA keys for mutual authentication (no ECDSA).
    private const int RsaBits = 2048;

    /// <summary>The Client VPN endpoint id (<c>cvpn-endpoint-...</c>).</summary>
    [Output("endpointId")]
    public Output<string> EndpointId { get; private set; }

    /// <summary>The endpoint's DNS name as AWS reports it (<c>*.cvpn-endpoint-....prod.clientvpn.&lt;region&gt;.amazonaws.com</c>).</summary>
    [Output("dnsName")]
    public Output<string> DnsName { get; private set; }

    /// <summary>The OpenVPN profile (.ovpn) with the CA, the client certificate and its private key: a secret.</summary>
    [Output("clientConfiguration")]
    public Output<string> ClientConfiguration { get; private set; }

    /// <summary>The CA certificate (public), for clients that keep their own profile.</summary>
    [Output("caCertificatePem")]
    public Output<string> CaCertificatePem { get; private set; }

    /// <summary>
    /// The endpoint's security group. Client VPN translates client addresses to its network interfaces',
    /// so a service admits VPN operators (e.g. the private EKS API on 443) by admitting this group.
    /// </summary>
    [Output("securityGroupId")]
    public Output<string> SecurityGroupId { get; private set; }

    /// <summary>Builds the VPN.</summary>
    public ClientVpn(string name, ClientVpnArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var vpcCidr = Validate(args);
        var child = new CustomResourceOptions { Parent = this };

        var pki = Pki(name, args, child);

        // AWS documents that the server certificate's ARN may serve as the client root chain when the
        // client certificates come from the same CA as the server's (they do): its chain is our CA. So the
        // only key ACM holds is the server's, never the CA's nor a client's.
        var serverCertificate = new Certificate($"{name}-server-certificate", new CertificateArgs
        {
            CertificateBody = pki.ServerCertPem,
            PrivateKey = pki.ServerKeyPem,
            CertificateChain = pki.CaCertPem,
            Tags = { { "Name", args.Settings.ServerName } },
        }, child);

        var logGroup = new LogGroup($"{name}-connection-logs", new LogGroupArgs
        {
            Name = $"/aws/clientvpn/{args.Settings.ServerName}/connections",
            RetentionInDays = args.Settings.LogRetentionDays,
        }, child);

        var securityGroup = new SecurityGroup($"{name}-sg", new SecurityGroupArgs
        {
            VpcId = args.VpcId,
            Description = $"Client VPN {args.Settings.ServerName}: reaches the VPC only",
            // Nothing connects to the endpoint's interfaces from inside the VPC.
            Ingress = new InputList<SecurityGroupIngressArgs>(),
            Egress =
            {
                new SecurityGroupEgressArgs
                {
                    Description = "VPN clients reach the VPC only",
                    Protocol = "-1",
                    FromPort = 0,
                    ToPort = 0,
                    CidrBlocks = { args.VpcCidr.ToString() },
                },
            },
            Tags = { { "Name", $"{args.Settings.ServerName}-client-vpn" } },
        }, child);

        var endpoint = new Endpoint($"{name}-endpoint", new EndpointArgs
        {
            Description = $"Operator VPN {args.Settings.ServerName}",
            ServerCertificateArn = serverCertificate.Arn,
            ClientCidrBlock = args.Settings.ClientCidr.ToString(),
            // Only VPC traffic goes through the VPN; operators keep their own internet route.
            SplitTunnel = true,
            TransportProtocol = "udp",
            VpnPort = VpnPort,
            SessionTimeoutHours = 8,
            AuthenticationOptions =
            {
                new EndpointAuthenticationOptionArgs
                {
                    Type = "certificate-authentication",
                    RootCertificateChainArn = serverCertificate.Arn,
                },
            },
            // Client VPN creates the log stream in the group when none is named.
            ConnectionLogOptions = new EndpointConnectionLogOptionsArgs
            {
                Enabled = true,
                CloudwatchLogGroup = logGroup.Name,
            },
            // The VPC resolver, so that clients resolve private names such as the EKS API endpoint.
            DnsServers = { VpcResolver(vpcCidr) },
            VpcId = args.VpcId,
            SecurityGroupIds = { securityGroup.Id },
            Tags = { { "Name", args.Settings.ServerName } },
        }, child);

        // Each association bills by the hour: only the first zones' subnets, as many as configured.
        for (var i = 0; i < (args.Paused ? 0 : Math.Min(args.Settings.SubnetAssociations, args.PrivateSubnetIdsByZone.Length)); i++)
        {
            _ = new NetworkAssociation($"{name}-subnet-{i}", new NetworkAssociationArgs
            {
                ClientVpnEndpointId = endpoint.Id,
                SubnetId = args.PrivateSubnetIdsByZone[i],
            }, child);
        }

        _ = new AuthorizationRule($"{name}-vpc-access", new AuthorizationRuleArgs
        {
            ClientVpnEndpointId = endpoint.Id,
            TargetNetworkCidr = args.VpcCidr.ToString(),
            AuthorizeAllGroups = true,
            Description = "Operators reach the VPC",
        }, child);

        EndpointId = endpoint.Id;
        DnsName = endpoint.DnsName;
        CaCertificatePem = pki.CaCertPem;
        SecurityGroupId = securityGroup.Id;
        if (args.ClusterApiSecurityGroupId is { } apiSecurityGroupId)
        {
            _ = new Pulumi.Aws.Vpc.SecurityGroupIngressRule($"{name}-cluster-api", new Pulumi.Aws.Vpc.SecurityGroupIngressRuleArgs
            {
                SecurityGroupId = apiSecurityGroupId,
                ReferencedSecurityGroupId = securityGroup.Id,
                IpProtocol = "tcp",
                FromPort = 443,
                ToPort = 443,
                Description = "Operators on the VPN reach the private Kubernetes API",
            }, child);
        }

        ClientConfiguration = Output.CreateSecret(
            Output.Tuple(pki.CaCertPem, pki.ClientCertPem, pki.ClientKeyPem, endpoint.DnsName)
                .Apply(t => OpenVpnProfile(t.Item1, t.Item2, t.Item3, t.Item4, args.Settings.ServerName)));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["endpointId"] = EndpointId,
            ["dnsName"] = DnsName,
            ["clientConfiguration"] = ClientConfiguration,
            ["caCertificatePem"] = CaCertificatePem,
            ["securityGroupId"] = SecurityGroupId,
        });
    }

    private sealed record Certificates(
        Output<string> CaCertPem,
        Output<string> ServerCertPem,
        Output<string> ServerKeyPem,
        Output<string> ClientCertPem,
        Output<string> ClientKeyPem);

    private static Certificates Pki(string name, ClientVpnArgs args, CustomResourceOptions options)
    {
        var caKey = RsaKey($"{name}-ca-key", options);
        var ca = new SelfSignedCert($"{name}-ca", new SelfSignedCertArgs
        {
            PrivateKeyPem = caKey.PrivateKeyPem,
            IsCaCertificate = true,
            SetSubjectKeyId = true,
            AllowedUses = { "cert_signing", "crl_signing", "digital_signature" },
            Subject = new SelfSignedCertSubjectArgs
            {
                CommonName = $"{args.Organization} VPN CA",
                Organization = args.Organization,
            },
            ValidityPeriodHours = args.CaValidityHours,
            EarlyRenewalHours = EarlyRenewalHours,
        }, options);

        var (serverCert, serverKey) = Signed($"{name}-server", args.Settings.ServerName, args.Settings.ServerName,
            ImmutableArray.Create("server_auth", "digital_signature", "key_encipherment"), caKey, ca, args, options);
        // Client VPN requires a CN on client certificates; it is what the connection logs show.
        var (clientCert, clientKey) = Signed($"{name}-client", $"client.{args.Settings.ServerName}", dnsName: null,
            ImmutableArray.Create("client_auth", "digital_signature", "key_encipherment"), caKey, ca, args, options);

        return new Certificates(ca.CertPem, serverCert.CertPem, serverKey.PrivateKeyPem, clientCert.CertPem, clientKey.PrivateKeyPem);
    }

    private static PrivateKey RsaKey(string name, CustomResourceOptions options)
        => new(name, new PrivateKeyArgs { Algorithm = "RSA", RsaBits = RsaBits }, options);

    private static (LocallySignedCert Certificate, PrivateKey Key) Signed(string name, string commonName, string? dnsName,
        ImmutableArray<string> uses, PrivateKey caKey, SelfSignedCert ca, ClientVpnArgs args, CustomResourceOptions options)
    {
        var key = RsaKey($"{name}-key", options);
        var requestArgs = new CertRequestArgs
        {
            PrivateKeyPem = key.PrivateKeyPem,
            Subject = new CertRequestSubjectArgs
            {
                CommonName = commonName,
                Organization = args.Organization,
            },
        };
        if (dnsName is not null)
        {
            requestArgs.DnsNames.Add(dnsName);
        }

        var request = new CertRequest($"{name}-csr", requestArgs, options);
        var certificate = new LocallySignedCert($"{name}-cert", new LocallySignedCertArgs
        {
            CertRequestPem = request.CertRequestPem,
            CaCertPem = ca.CertPem,
            CaPrivateKeyPem = caKey.PrivateKeyPem,
            AllowedUses = uses,
            ValidityPeriodHours = args.CertificateValidityHours,
            EarlyRenewalHours = EarlyRenewalHours,
        }, options);
        return (certificate, key);
    }

    private static Cidr Validate(ClientVpnArgs args)
    {
        var vpc = args.VpcCidr;
        var client = args.Settings.ClientCidr;
        if (client.Overlaps(vpc))
        {
            throw new ArgumentException($"The VPN client CIDR {client} overlaps the VPC {vpc}; VPN clients need their own range.", nameof(args));
        }

        if (client.PrefixLength is < 12 or > 22)
        {
            throw new ArgumentException($"The VPN client CIDR {client} must be a /12 to /22 block (an AWS Client VPN limit).", nameof(args));
        }

        if (string.IsNullOrWhiteSpace(args.Settings.ServerName))
        {
            throw new ArgumentException("The VPN server name is empty; it is the server certificate's name.", nameof(args));
        }

        if (args.PrivateSubnetIdsByZone.IsDefaultOrEmpty)
        {
            throw new ArgumentException("The VPN needs at least one private subnet to associate with.", nameof(args));
        }

        if (args.CertificateValidityHours <= EarlyRenewalHours || args.CaValidityHours < args.CertificateValidityHours)
        {
            throw new ArgumentException(
                $"Certificates must be valid longer than their {EarlyRenewalHours}-hour renewal window, and the CA at least as long as them " +
                $"(got {args.CertificateValidityHours} and {args.CaValidityHours} hours).", nameof(args));
        }

        return vpc;
    }

    // The Amazon-provided DNS server of a VPC is at its base address plus two.
    private static string VpcResolver(Cidr vpc)
    {
        var host = vpc.Subnet(32, 2).ToString();
        return host[..host.IndexOf('/', StringComparison.Ordinal)];
    }

    // The profile AWS hands out for a mutual-TLS endpoint, with the certificates inline. AWS reports the
    // DNS name as a wildcard; the client connects to the bare name and remote-random-hostname prefixes a
    // random label to it, which the wildcard resolves (and which defeats DNS caching across endpoints).
    private static string OpenVpnProfile(string caPem, string clientCertPem, string clientKeyPem, string dnsName, string serverName)
    {
        var host = dnsName.StartsWith("*.", StringComparison.Ordinal) ? dnsName[2..] : dnsName;
        string[] lines =
        [
            "client",
            "dev tun",
            "proto udp",
            $"remote {host} {VpnPort}",
            "remote-random-hostname",
            "resolv-retry infinite",
            "nobind",
            "remote-cert-tls server",
            // Accept only the server certificate issued for this name, not any other the CA signed.
            $"verify-x509-name {serverName} name",
            "cipher AES-256-GCM",
            "verb 3",
            // Client VPN renegotiates on its own schedule; the client must not force it.
            "reneg-sec 0",
            "<ca>",
            caPem.Trim(),
            "</ca>",
            "<cert>",
            clientCertPem.Trim(),
            "</cert>",
            "<key>",
            clientKeyPem.Trim(),
            "</key>",
        ];
        return string.Join('\n', lines) + "\n";
    }
}
