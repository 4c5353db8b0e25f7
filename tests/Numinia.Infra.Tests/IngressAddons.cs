using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.LoadBalancerController;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.Iam;
using Pulumi.Kubernetes.Helm.V3;
using static Numinia.Infra.Tests.Harness;

namespace Numinia.Infra.Tests;

/// <summary>
/// The ingress shared services (AWS Load Balancer Controller, cert-manager with the platform's ClusterIssuers,
/// external-dns), each built on its own without a stack, for the tests of each.
/// </summary>
internal static class IngressAddons
{
    internal const string ClusterName = TestCluster.Name;
    internal const string Region = TestCluster.Region;
    internal const string VpcId = TestCluster.VpcId;
    internal const string ZoneName = "numinia.xyz";
    internal const string ZoneId = "Z0123456789ABCDEFGHIJ";
    internal const string ZoneArn = "arn:aws:route53:::hostedzone/" + ZoneId;
    internal const string OidcIssuer = TestCluster.OidcIssuer;
    internal const string OidcArn = TestCluster.OidcArn;
    internal const string Email = "platform@numinia.xyz";

    internal sealed record Built(
        ImmutableArray<Resource> Resources,
        Pulumi.Kubernetes.Provider Provider,
        Resource NodeGroups,
        LoadBalancerControllerAddon LoadBalancerController,
        CertManagerAddon CertManager,
        ExternalDnsAddon ExternalDns)
    {
        public Release Release(string service) => Resources.Named<Release>($"{service}-release");

        public async Task<ImmutableDictionary<string, object>> ValuesAsync(string service) => await ValueAsync(Release(service).Values);

        public async Task<PolicyDocument> PolicyAsync(string service)
            => PolicyDocument.FromJson(await ValueAsync(Resources.Named<RolePolicy>($"{service}-irsa-policy").Policy));
    }

    internal static async Task<Built> BuildAsync(ExternalDnsPolicy policy = ExternalDnsPolicy.Sync)
    {
        var resources = await RunAsync(() =>
        {
            var provider = TestCluster.Provider();
            // Stands in for the node groups and their add-ons, which charts' pods need.
            var nodeGroups = new ComponentResource("numinia:test:NodeGroups", "node-groups");
            var context = TestCluster.Context(provider, nodeGroups);
            var zone = new HostedZone { Name = ZoneName, ZoneId = Output.Create(ZoneId) };
            _ = new LoadBalancerControllerAddon("lbc", new LoadBalancerControllerAddonArgs { Context = context });
            _ = new CertManagerAddon("cert-manager", new CertManagerAddonArgs { Context = context, Zone = zone, Settings = new CertManagerSettings { AcmeEmail = Email } });
            _ = new ExternalDnsAddon("external-dns", new ExternalDnsAddonArgs
            {
                Context = context,
                Zone = zone,
                Settings = new ExternalDnsSettings { DomainFilters = ImmutableArray.Create(ZoneName, "apps.numinia.xyz"), Policy = policy },
            });
        });
        return new Built(resources, resources.OfType<Pulumi.Kubernetes.Provider>().Single(), resources.Single(r => r.GetResourceName() == "node-groups"),
            resources.OfType<LoadBalancerControllerAddon>().Single(), resources.OfType<CertManagerAddon>().Single(), resources.OfType<ExternalDnsAddon>().Single());
    }
}
