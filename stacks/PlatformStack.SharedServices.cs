using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.Flux;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Cluster;
using Numinia.Components.Compute;
using Numinia.Components.Kubernetes;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Numinia.Components.Network;
using Numinia.Stacks.Config;
using Pulumi;

namespace Numinia.Stacks;

public sealed partial class PlatformStack
{
    /// <summary>What the shared services give the rest of the stack.</summary>
    private sealed record SharedServicesResult(
        ClusterContext Context,
        CertManagerAddon CertManager,
        KnativeServingAddon Knative,
        ExternalSecretsAddon ExternalSecrets,
        PlatformRbac Rbac,
        HostedZone Zone,
        FluxAddon? Flux);

    /// <summary>
    /// The shared services on the cluster (<see cref="Stacks.SharedServices.All"/>, each a folder under components/Addons),
    /// created in the list's order from their settings; then the platform namespaces, every service namespace's network
    /// policies as the services describe them, and the platform's RBAC.
    /// </summary>
    private static SharedServicesResult SharedServices(PlatformConfig config, ComponentResourceOptions awsOptions,
        Network network, EksCluster cluster, NodeGroups nodeGroups, ManagedAddons managedAddons, HostedZone zone)
    {
        var context = new ClusterContext
        {
            ClusterName = config.Cluster.Name,
            Region = config.Region,
            AccountId = config.AccountId,
            VpcId = network.VpcId,
            Oidc = cluster.Oidc,
            KmsKeyArn = cluster.KmsKeyArn,
            KubernetesProvider = cluster.KubernetesProvider,
            // Charts start pods: they wait for the nodes and for what nodes need (coredns, storage drivers).
            NodesReady = nodeGroups.Groups.CastArray<Resource>().Add(managedAddons),
        };
        var dns = config.Dns;
        var storage = new StorageClasses("storage-classes", new StorageClassesArgs
        {
            Context = context,
            EfsFileSystemId = managedAddons.EfsFileSystem?.Id,
            VolumeTags = config.DefaultTags,
        }, awsOptions);

        var installed = config.SharedServices.Where(s => s.Installed).ToImmutableArray();
        var setup = new SharedServicesSetup(config.SharedServices.Select(s => s.Settings))
        {
            Context = context,
            Zone = zone,
            Facts = new SharedServiceFacts { Dns = dns, NodeGroups = config.NodeGroups, KubernetesVersion = config.Cluster.KubernetesVersion },
            ClusterAutoscalerRoleArn = nodeGroups.ClusterAutoscalerRoleArn,
            Storage = storage,
            Options = awsOptions,
        };
        foreach (var (service, settings, _) in installed)
        {
            var missing = service.DependsOn.Where(d => !setup.Created.Any(c => c.GetResourceName() == d)).ToArray();
            if (missing.Length > 0)
            {
                throw new InvalidOperationException($"The shared service {service.Name} needs {string.Join(", ", missing)} created first: list them before it in SharedServices.All.");
            }

            setup.Add(service.Create(setup, settings));
        }

        // Every installed service's metrics endpoints, as PodMonitors once the Prometheus Operator's CRDs exist.
        if (setup.Find<MonitoringAddon>() is { } monitoring)
        {
            _ = new SharedServiceMonitors("shared-service-monitors", new SharedServiceMonitorsArgs
            {
                Context = context,
                Targets = [.. installed.SelectMany(s => s.Service.ScrapeTargets)],
                DependsOn = [monitoring.CrdsRelease, .. setup.Created],
            }, awsOptions);
        }

        var namespaces = new PlatformNamespaces("platform-namespaces", new PlatformNamespacesArgs
        {
            Context = context,
            Namespaces = config.Namespaces.Namespaces,
            ServingNamespace = KnativeServingAddon.ServingNamespaceName,
            MonitoringNamespace = MonitoringAddon.NamespaceName,
            NodeGroups = config.NodeGroups,
        }, awsOptions);

        // Default-deny both ways and the explicit allows of every shared service's namespace, once the services (and so
        // their namespaces) exist.
        var created = installed.Select((s, i) => (s.Service, Component: setup.Created[i])).ToImmutableArray();
        var networkContext = new SharedServiceNetwork(
            new ClusterAddresses(config.Network.Layout.Vpc, config.Network.Layout.Private, config.Network.Layout.Public, config.Cluster.ServiceRange),
            MonitoringAddon.NamespaceName,
            created.SelectMany(c => c.Service.MetricsPorts).ToImmutableDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        var policed = created.Select(c => (c.Component, Allows: c.Service.Allows(networkContext))).Where(c => !c.Allows.IsEmpty).ToImmutableArray();
        _ = new SharedServiceNetworkPolicies("shared-service-network-policies", new SharedServiceNetworkPoliciesArgs
        {
            Context = context,
            Namespaces = [.. policed.SelectMany(c => c.Allows)],
            DependsOn = [.. policed.Select(c => (Resource)c.Component)],
        }, awsOptions);
        var rbac = new PlatformRbac("platform-rbac", new PlatformRbacArgs
        {
            Context = context,
            DeveloperNamespaces = config.Namespaces.DeveloperNamespaces,
            DependsOn = ImmutableArray.Create<Resource>(namespaces),
        }, awsOptions);

        return new SharedServicesResult(context, setup.Get<CertManagerAddon>(), setup.Get<KnativeServingAddon>(), setup.Get<ExternalSecretsAddon>(), rbac, zone,
            setup.Find<FluxAddon>());
    }

    /// <summary>
    /// The platform's hosted zone: adopted, named by id, or looked up by name. Outside the shared services, as the statics'
    /// CDN records it too and it stays while the platform is paused.
    /// </summary>
    private static HostedZone Zone(PlatformConfig config, Pulumi.Aws.Provider aws, Pulumi.Aws.Provider? adoptedAws)
    {
        var dns = config.Dns;
        return new HostedZone
        {
            Name = dns.BaseDomain,
            ZoneId = dns.ImportZoneId is { } importId ? AdoptedZone(dns, importId, adoptedAws!).ZoneId
                : dns.HostedZoneId is { Length: > 0 } zoneId
                ? Output.Create(zoneId)
                : Pulumi.Aws.Route53.GetZone.Invoke(
                    new Pulumi.Aws.Route53.GetZoneInvokeArgs { Name = dns.BaseDomain, PrivateZone = false },
                    new InvokeOptions { Provider = aws }).Apply(z => z.ZoneId),
        };
    }

    /// <summary>
    /// The live hosted zone, adopted and protected: it holds every record of the platform's names (the live applications',
    /// the statics', the certificates' validations), so deleting it would take them all. Its comment must be the live one
    /// (the provider's default, "Managed by Pulumi", would not match the import); nothing may delete it with records.
    /// </summary>
    private static Pulumi.Aws.Route53.Zone AdoptedZone(Components.Addons.DnsSettings dns, string importId, Pulumi.Aws.Provider adoptedAws)
        => new("hosted-zone", new Pulumi.Aws.Route53.ZoneArgs
        {
            Name = dns.BaseDomain,
            Comment = dns.ZoneComment,
            ForceDestroy = false,
        }, new CustomResourceOptions { Provider = adoptedAws, Protect = true, ImportId = importId });
}
