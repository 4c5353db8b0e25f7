using System.Collections.Immutable;
using Numinia.Components.Access;
using Numinia.Components.Common;
using NUnit.Framework;
using Pulumi;
using Pulumi.Aws.Acm;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Ec2;
using Pulumi.Aws.Ec2ClientVpn;
using Pulumi.Tls;
using static Numinia.Infra.Tests.Harness;

namespace Numinia.Infra.Tests;

/// <summary>The operator VPN component on its own, without a stack.</summary>
[NonParallelizable]
public sealed class ClientVpnTests
{
    private const string VpcId = "vpc-0a1b2c3d4e5f60718";
    private static readonly ImmutableArray<string> SubnetIds = ImmutableArray.Create("subnet-0aaa", "subnet-0bbb", "subnet-0ccc");

    private static ClientVpnArgs Args(string vpcCidr = "10.0.0.0/16", string clientCidr = "172.16.0.0/22", int logRetentionDays = 90, int associations = 3) => new()
    {
        Settings = new VpnSettings { ClientCidr = Cidr.Parse(clientCidr), ServerName = "vpn.numinia.xyz", LogRetentionDays = logRetentionDays, SubnetAssociations = associations },
        VpcId = Output.Create(VpcId),
        VpcCidr = Cidr.Parse(vpcCidr),
        PrivateSubnetIdsByZone = SubnetIds.Select(Output.Create).ToImmutableArray(),
    };

    internal static Task<ImmutableArray<Resource>> BuildAsync(ClientVpnArgs? args = null)
        => RunAsync(() => _ = new ClientVpn("vpn", args ?? Args()));

    [Test]
    public async Task EveryPrivateKeyIsASecret()
    {
        var keys = (await BuildAsync()).OfType<PrivateKey>().ToArray();
        Assert.That(keys.Select(k => k.GetResourceName()), Is.EquivalentTo(new[] { "vpn-ca-key", "vpn-server-key", "vpn-client-key" }));
        foreach (var key in keys)
        {
            Assert.That(await ValueAsync(key.PrivateKeyPem), Does.StartWith("-----BEGIN RSA PRIVATE KEY-----"));
        }

        foreach (var key in keys)
        {
            await AssertEngineSecretAsync(key.PrivateKeyPem, key.GetResourceName());
        }
    }

    [Test]
    public async Task EveryKeyIsRsa2048BecauseClientVpnAcceptsNoOther()
    {
        foreach (var key in (await BuildAsync()).OfType<PrivateKey>())
        {
            Assert.That(await ValueAsync(key.Algorithm), Is.EqualTo("RSA"), key.GetResourceName());
            Assert.That(await ValueAsync(key.RsaBits), Is.EqualTo(2048), key.GetResourceName());
        }
    }

    [Test]
    public async Task TheClientConfigurationIsASecretWithTheCaTheClientCertificateItsKeyAndTheEndpoint()
    {
        var resources = await BuildAsync();
        var vpn = resources.OfType<ClientVpn>().Single();
        var caPem = await ValueAsync(resources.Named<SelfSignedCert>("vpn-ca").CertPem);
        var clientCertPem = await ValueAsync(resources.Named<LocallySignedCert>("vpn-client-cert").CertPem);
        var clientKeyPem = await ValueAsync(resources.Named<PrivateKey>("vpn-client-key").PrivateKeyPem);
        var dnsName = await ValueAsync(resources.OfType<Endpoint>().Single().DnsName);
        Assert.That(dnsName, Does.StartWith("*.cvpn-endpoint-").And.EndWith(".prod.clientvpn.eu-west-1.amazonaws.com"));

        Assert.That(await Output.IsSecretAsync(vpn.ClientConfiguration), Is.True);
        var profile = await ValueAsync(vpn.ClientConfiguration);
        Assert.Multiple(() =>
        {
            Assert.That(profile, Does.Contain($"<ca>\n{caPem.Trim()}\n</ca>"));
            Assert.That(profile, Does.Contain($"<cert>\n{clientCertPem.Trim()}\n</cert>"));
            Assert.That(profile, Does.Contain($"<key>\n{clientKeyPem.Trim()}\n</key>"));
            // The wildcard is for the random label OpenVPN prefixes (remote-random-hostname).
            Assert.That(profile, Does.Contain($"\nremote {dnsName[2..]} 443\nremote-random-hostname\n"));
            Assert.That(profile, Does.Not.Contain("*."));
            Assert.That(profile, Does.StartWith("client\ndev tun\nproto udp\n"));
            Assert.That(profile, Does.Contain("\nremote-cert-tls server\n"));
            Assert.That(profile, Does.Contain("\nverify-x509-name vpn.numinia.xyz name\n"));
            Assert.That(profile, Does.Contain("\ncipher AES-256-GCM\n"));
        });
    }

    [Test]
    public async Task TheEndpointUsesMutualTlsWithTheCaChainAndTheServerCertificateFromAcm()
    {
        var resources = await BuildAsync();
        var endpoint = resources.OfType<Endpoint>().Single();
        var acm = resources.OfType<Certificate>().Single();
        var acmArn = await ValueAsync(acm.Arn);
        var authentication = (await ValueAsync(endpoint.AuthenticationOptions)).Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(endpoint.ServerCertificateArn), Is.EqualTo(acmArn));
            Assert.That(authentication.Type, Is.EqualTo("certificate-authentication"));
            // The client root chain is the server certificate's ACM entry, whose chain is the CA (AWS's
            // documented set-up when server and client certificates share a CA).
            Assert.That(authentication.RootCertificateChainArn, Is.EqualTo(acmArn));
            Assert.That(await ValueAsync(acm.CertificateChain), Is.EqualTo(await ValueAsync(resources.Named<SelfSignedCert>("vpn-ca").CertPem)));
            Assert.That(await ValueAsync(acm.CertificateBody), Is.EqualTo(await ValueAsync(resources.Named<LocallySignedCert>("vpn-server-cert").CertPem)));
            Assert.That(await ValueAsync(acm.PrivateKey), Is.EqualTo(await ValueAsync(resources.Named<PrivateKey>("vpn-server-key").PrivateKeyPem)));
        });
        await AssertEngineSecretAsync(acm.PrivateKey);
    }

    [Test]
    public async Task SplitTunnelIsOn()
    {
        var endpoint = (await BuildAsync()).OfType<Endpoint>().Single();
        Assert.That(await ValueAsync(endpoint.SplitTunnel), Is.True);
    }

    [Test]
    public async Task TheEndpointListensOnUdp443WithEightHourSessions()
    {
        var endpoint = (await BuildAsync()).OfType<Endpoint>().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(endpoint.TransportProtocol), Is.EqualTo("udp"));
            Assert.That(await ValueAsync(endpoint.VpnPort), Is.EqualTo(443));
            Assert.That(await ValueAsync(endpoint.SessionTimeoutHours), Is.EqualTo(8));
            Assert.That(await ValueAsync(endpoint.VpcId), Is.EqualTo(VpcId));
        });
    }

    [TestCase(1)]
    [TestCase(2)]
    public async Task TheEndpointIsAssociatedWithTheConfiguredNumberOfPrivateSubnetsInZoneOrder(int count)
    {
        var associations = (await BuildAsync(Args(associations: count))).OfType<NetworkAssociation>().ToArray();
        Assert.That(await Task.WhenAll(associations.Select(a => ValueAsync(a.SubnetId))), Is.EqualTo(SubnetIds.Take(count)));
    }

    [Test]
    public async Task APausedEndpointIsAssociatedWithNoSubnetAndKeepsItsKeys()
    {
        var resources = await BuildAsync(Args() with { Paused = true });
        Assert.That(resources.OfType<NetworkAssociation>(), Is.Empty, "each association bills by the hour");
        Assert.That(resources.OfType<Endpoint>().Count(), Is.EqualTo(1));
        Assert.That(resources.OfType<PrivateKey>().Count(), Is.EqualTo(3));
    }

    [Test]
    public async Task TheEndpointIsAssociatedWithEachPrivateSubnet()
    {
        var resources = await BuildAsync();
        var endpointId = await ValueAsync(resources.OfType<Endpoint>().Single().Id);
        var associations = resources.OfType<NetworkAssociation>().ToArray();
        Assert.That(await Task.WhenAll(associations.Select(a => ValueAsync(a.SubnetId))), Is.EquivalentTo(SubnetIds));
        foreach (var association in associations)
        {
            Assert.That(await ValueAsync(association.ClientVpnEndpointId), Is.EqualTo(endpointId));
        }
    }

    [Test]
    public async Task TheEndpointIsAuthorizedForTheVpcCidrOnly()
    {
        var resources = await BuildAsync();
        var rule = resources.OfType<AuthorizationRule>().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(rule.TargetNetworkCidr), Is.EqualTo("10.0.0.0/16"));
            Assert.That(await ValueAsync(rule.AuthorizeAllGroups), Is.True);
            Assert.That(await ValueAsync(rule.ClientVpnEndpointId), Is.EqualTo(await ValueAsync(resources.OfType<Endpoint>().Single().Id)));
        });
    }

    [Test]
    public async Task ConnectionLogsGoToALogGroupWithRetention()
    {
        var resources = await BuildAsync(Args(logRetentionDays: 30));
        var logGroup = resources.OfType<LogGroup>().Single();
        var logging = await ValueAsync(resources.OfType<Endpoint>().Single().ConnectionLogOptions);
        Assert.Multiple(async () =>
        {
            Assert.That(logging.Enabled, Is.True);
            Assert.That(logging.CloudwatchLogGroup, Is.EqualTo(await ValueAsync(logGroup.Name)));
            Assert.That(await ValueAsync(logGroup.Name), Is.EqualTo("/aws/clientvpn/vpn.numinia.xyz/connections"));
            Assert.That(await ValueAsync(logGroup.RetentionInDays), Is.EqualTo(30));
        });
    }

    [Test]
    public async Task TheSecurityGroupEgressReachesOnlyTheVpcCidr()
    {
        var resources = await BuildAsync();
        var group = resources.OfType<SecurityGroup>().Single();
        var egress = await ValueAsync(group.Egress);
        Assert.Multiple(async () =>
        {
            Assert.That(egress, Is.Not.Empty);
            Assert.That(egress.SelectMany(e => e.CidrBlocks.OrEmpty()), Is.All.EqualTo("10.0.0.0/16"));
            Assert.That(egress.SelectMany(e => e.Ipv6CidrBlocks.OrEmpty()), Is.Empty);
            Assert.That(egress.SelectMany(e => e.PrefixListIds.OrEmpty()), Is.Empty);
            Assert.That(await ValueAsync(group.Ingress), Is.Empty);
            Assert.That(await ValueAsync(group.VpcId), Is.EqualTo(VpcId));
            Assert.That(await ValueAsync(resources.OfType<Endpoint>().Single().SecurityGroupIds), Is.EqualTo(new[] { await ValueAsync(group.Id) }));
            // Rules declared outside the group would escape this check.
            Assert.That(resources.OfType<Pulumi.Aws.Vpc.SecurityGroupEgressRule>(), Is.Empty);
            Assert.That(resources.OfType<SecurityGroupRule>(), Is.Empty);
        });
    }

    [TestCase("172.16.0.0/22")]
    [TestCase("192.168.0.0/20")]
    public async Task ClientsGetAddressesFromTheConfiguredClientCidr(string clientCidr)
    {
        var endpoint = (await BuildAsync(Args(clientCidr: clientCidr))).OfType<Endpoint>().Single();
        Assert.That(await ValueAsync(endpoint.ClientCidrBlock), Is.EqualTo(clientCidr));
    }

    [TestCase("10.0.0.0/22")]
    [TestCase("10.0.128.0/20")]
    [TestCase("10.0.0.0/8")]
    public void AClientCidrOverlappingTheVpcIsRejected(string clientCidr)
    {
        var error = ProgramFailure<ArgumentException>(() => BuildAsync(Args(clientCidr: clientCidr)));
        Assert.That(error!.Message, Does.Contain($"The VPN client CIDR {clientCidr} overlaps the VPC 10.0.0.0/16"));
    }

    [TestCase("172.16.0.0/24")]
    [TestCase("172.0.0.0/11")]
    public void AClientCidrOutsideTheClientVpnSizesIsRejected(string clientCidr)
    {
        var error = ProgramFailure<ArgumentException>(() => BuildAsync(Args(clientCidr: clientCidr)));
        Assert.That(error!.Message, Does.Contain($"{clientCidr} must be a /12 to /22 block"));
    }

    [Test]
    public async Task TheCaIsASelfSignedCertificateAuthority()
    {
        var resources = await BuildAsync();
        var ca = resources.Named<SelfSignedCert>("vpn-ca");
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(ca.IsCaCertificate), Is.True);
            Assert.That(await ValueAsync(ca.AllowedUses), Is.SupersetOf(new[] { "cert_signing", "crl_signing" }));
            Assert.That(await ValueAsync(ca.AllowedUses), Does.Not.Contain("server_auth").And.Not.Contain("client_auth"));
            Assert.That(await ValueAsync(ca.PrivateKeyPem), Is.EqualTo(await ValueAsync(resources.Named<PrivateKey>("vpn-ca-key").PrivateKeyPem)));
            Assert.That((await ValueAsync(ca.Subject))!.Organization, Is.EqualTo("Numinia"));
            Assert.That(await ValueAsync(ca.ValidityPeriodHours), Is.GreaterThanOrEqualTo(8760));
        });
    }

    [Test]
    public async Task TheServerCertificateIsSignedByTheCaForServerAuthOnly()
    {
        var resources = await BuildAsync();
        await AssertSignedByTheCaAsync(resources, "server", "vpn.numinia.xyz", "server_auth", "client_auth");
        var request = resources.Named<CertRequest>("vpn-server-csr");
        Assert.That(await ValueAsync(request.DnsNames), Is.EqualTo(new[] { "vpn.numinia.xyz" }));
    }

    [Test]
    public async Task TheClientCertificateIsSignedByTheCaForClientAuthOnly()
        => await AssertSignedByTheCaAsync(await BuildAsync(), "client", "client.vpn.numinia.xyz", "client_auth", "server_auth");

    [TestCase("10.0.0.0/16", "10.0.0.2")]
    [TestCase("10.20.0.0/16", "10.20.0.2")]
    [TestCase("192.168.64.0/18", "192.168.64.2")]
    public async Task TheDnsServerIsTheVpcResolver(string vpcCidr, string resolver)
    {
        var endpoint = (await BuildAsync(Args(vpcCidr: vpcCidr))).OfType<Endpoint>().Single();
        Assert.That(await ValueAsync(endpoint.DnsServers), Is.EqualTo(new[] { resolver }));
    }

    [Test]
    public async Task TheComponentOutputsTheEndpointAndThePublicCaOnly()
    {
        var resources = await BuildAsync();
        var vpn = resources.OfType<ClientVpn>().Single();
        var endpoint = resources.OfType<Endpoint>().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(vpn.EndpointId), Does.StartWith("cvpn-endpoint-").And.EqualTo(await ValueAsync(endpoint.Id)));
            Assert.That(await ValueAsync(vpn.DnsName), Is.EqualTo(await ValueAsync(endpoint.DnsName)));
            Assert.That(await ValueAsync(vpn.SecurityGroupId), Is.EqualTo(await ValueAsync(resources.OfType<SecurityGroup>().Single().Id)));
            Assert.That(await ValueAsync(vpn.CaCertificatePem), Is.EqualTo(await ValueAsync(resources.Named<SelfSignedCert>("vpn-ca").CertPem)));
            Assert.That(await ValueAsync(vpn.CaCertificatePem), Does.StartWith("-----BEGIN CERTIFICATE-----").And.Not.Contain("PRIVATE KEY"));
            Assert.That(await Output.IsSecretAsync(vpn.CaCertificatePem), Is.False);
        });
    }

    private static async Task AssertSignedByTheCaAsync(ImmutableArray<Resource> resources, string role, string commonName, string use, string forbiddenUse)
    {
        var ca = resources.Named<SelfSignedCert>("vpn-ca");
        var caKey = resources.Named<PrivateKey>("vpn-ca-key");
        var key = resources.Named<PrivateKey>($"vpn-{role}-key");
        var request = resources.Named<CertRequest>($"vpn-{role}-csr");
        var certificate = resources.Named<LocallySignedCert>($"vpn-{role}-cert");
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(certificate.CaCertPem), Is.EqualTo(await ValueAsync(ca.CertPem)));
            Assert.That(await ValueAsync(certificate.CaPrivateKeyPem), Is.EqualTo(await ValueAsync(caKey.PrivateKeyPem)));
            Assert.That(await ValueAsync(certificate.CertRequestPem), Is.EqualTo(await ValueAsync(request.CertRequestPem)));
            Assert.That(await ValueAsync(request.PrivateKeyPem), Is.EqualTo(await ValueAsync(key.PrivateKeyPem)));
            Assert.That((await ValueAsync(request.Subject))!.CommonName, Is.EqualTo(commonName));
            Assert.That(await ValueAsync(certificate.AllowedUses), Does.Contain(use).And.Not.Contain(forbiddenUse).And.Not.Contain("cert_signing"));
            Assert.That(await ValueAsync(certificate.IsCaCertificate), Is.Not.True);
            Assert.That(await ValueAsync(certificate.ValidityPeriodHours), Is.EqualTo(8760));
        });
    }

    [Test]
    public async Task TheVpnReachesTheClusterApiOn443OnlyWhenGivenItsSecurityGroup()
    {
        var without = await BuildAsync();
        Assert.That(without.OfType<Pulumi.Aws.Vpc.SecurityGroupIngressRule>(), Is.Empty);

        var resources = await BuildAsync(Args() with { ClusterApiSecurityGroupId = Output.Create("sg-0cluster") });
        var rule = resources.OfType<Pulumi.Aws.Vpc.SecurityGroupIngressRule>().Single();
        var vpnGroup = resources.OfType<Pulumi.Aws.Ec2.SecurityGroup>().Single();
        Assert.Multiple(async () =>
        {
            Assert.That(await ValueAsync(rule.SecurityGroupId), Is.EqualTo("sg-0cluster"));
            Assert.That(await ValueAsync(rule.ReferencedSecurityGroupId), Is.EqualTo(await ValueAsync(vpnGroup.Id)));
            Assert.That(await ValueAsync(rule.IpProtocol), Is.EqualTo("tcp"));
            Assert.That(await ValueAsync(rule.FromPort), Is.EqualTo(443));
            Assert.That(await ValueAsync(rule.ToPort), Is.EqualTo(443));
            Assert.That(await ValueAsync(rule.CidrIpv4), Is.Null, "admitted by group, never by address");
        });
    }
}
