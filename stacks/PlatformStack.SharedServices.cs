using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ClusterAutoscaler;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.Knative;
using Numinia.Components.Addons.LoadBalancerController;
using Numinia.Components.Addons.Logging;
using Numinia.Components.Addons.MetricsServer;
using Numinia.Components.Addons.Monitoring;
using Numinia.Components.Addons.NvidiaDevicePlugin;
using Numinia.Components.Addons.SealedSecrets;
using Numinia.Components.Addons.SecretsStoreCsi;
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
        AddonContext Context,
        CertManagerAddon CertManager,
        KnativeServingAddon Knative,
        ExternalSecretsAddon ExternalSecrets,
        PlatformRbac Rbac);

    /// <summary>
    /// The shared services on the cluster, each a component of its own (components/Addons/&lt;Service&gt;):
    /// adding one is a folder and a line here.
    /// </summary>
    private static SharedServicesResult SharedServices(PlatformConfig config, Pulumi.Aws.Provider aws, ComponentResourceOptions awsOptions,
        Network network, EksCluster cluster, NodeGroups nodeGroups, ManagedAddons managedAddons)
    {
        var context = new AddonContext
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
        var ingress = config.Ingress;
        var zone = new HostedZone
        {
            Name = ingress.BaseDomain,
            ZoneId = ingress.HostedZoneId is { Length: > 0 } zoneId
                ? Output.Create(zoneId)
                : Pulumi.Aws.Route53.GetZone.Invoke(
                    new Pulumi.Aws.Route53.GetZoneInvokeArgs { Name = ingress.BaseDomain, PrivateZone = false },
                    new InvokeOptions { Provider = aws }).Apply(z => z.ZoneId),
        };
        var maxNodes = config.NodeGroups.Sum(g => g.MaxSize);

        var addons = new List<Resource>();
        var loadBalancerController = new LoadBalancerControllerAddon("aws-load-balancer-controller", new LoadBalancerControllerAddonArgs
        {
            Context = context,
            ChartVersion = ingress.LoadBalancerControllerChartVersion,
        }, awsOptions);
        var certManager = new CertManagerAddon("cert-manager", new CertManagerAddonArgs
        {
            Context = context,
            Zone = zone,
            AcmeEmail = ingress.AcmeEmail,
            ChartVersion = ingress.CertManagerChartVersion,
        }, awsOptions);
        var externalDns = new ExternalDnsAddon("external-dns", new ExternalDnsAddonArgs
        {
            Context = context,
            Zone = zone,
            DomainFilters = ingress.ExternalDnsDomainFilters,
            Policy = ingress.ExternalDnsPolicy,
            ChartVersion = ingress.ExternalDnsChartVersion,
        }, awsOptions);
        addons.Add(externalDns);
        var knative = new KnativeServingAddon("knative", new KnativeServingAddonArgs
        {
            Context = context,
            ExternalDns = externalDns,
            BaseDomain = ingress.BaseDomain,
            LoadBalancerController = loadBalancerController.Release,
            CertManager = certManager,
            DomainMappingIssuer = config.Knative.DomainMappingIssuer,
            OperatorChartVersion = config.Knative.OperatorChartVersion,
            ServingVersion = config.Knative.ServingVersion,
            ScaleToZeroGracePeriod = config.Knative.ScaleToZeroGracePeriod,
            MaxRevisionTimeoutSeconds = config.Knative.MaxRevisionTimeoutSeconds,
        }, awsOptions);

        var externalSecrets = new ExternalSecretsAddon("external-secrets", new ExternalSecretsAddonArgs
        {
            Context = context,
            ChartVersion = config.Secrets.ExternalSecretsChartVersion,
            SecretNamePrefixes = config.Secrets.SecretNamePrefixes,
        }, awsOptions);
        addons.Add(new SecretsStoreCsiAddon("secrets-store-csi", new SecretsStoreCsiAddonArgs
        {
            Context = context,
            DriverChartVersion = config.Secrets.SecretsStoreCsiChartVersion,
            AwsProviderChartVersion = config.Secrets.SecretsStoreCsiAwsChartVersion,
            MaxNodes = maxNodes,
        }, awsOptions));
        addons.Add(new SealedSecretsAddon("sealed-secrets", new SealedSecretsAddonArgs
        {
            Context = context,
            ChartVersion = config.Secrets.SealedSecretsChartVersion,
        }, awsOptions));

        var storage = new StorageClasses("storage-classes", new StorageClassesArgs
        {
            Context = context,
            EfsFileSystemId = managedAddons.EfsFileSystem?.Id,
            VolumeTags = config.DefaultTags,
        }, awsOptions);
        var observability = config.Observability;
        addons.Add(new MonitoringAddon("monitoring", new MonitoringAddonArgs
        {
            Context = context,
            ChartVersion = observability.KubePrometheusStackChartVersion,
            CrdsChartVersion = observability.PrometheusOperatorCrdsChartVersion,
            StorageClass = storage.Gp3,
            StorageClassName = StorageClasses.Gp3Name,
            PrometheusReplicas = observability.PrometheusReplicas,
            PrometheusRetentionDays = observability.PrometheusRetentionDays,
            PrometheusStorageSize = observability.PrometheusStorageSize,
            GrafanaStorageSize = observability.GrafanaStorageSize,
            GrafanaAdminPassword = Output.CreateSecret(observability.GrafanaAdminPassword),
            MaxNodes = maxNodes,
        }, awsOptions));
        addons.Add(new LoggingAddon("logging", new LoggingAddonArgs
        {
            Context = context,
            ChartVersion = observability.FluentBitChartVersion,
            LogRetentionDays = observability.ContainerLogRetentionDays,
            MaxNodes = maxNodes,
        }, awsOptions));

        var platform = config.PlatformServices;
        addons.Add(new MetricsServerAddon("metrics-server", new MetricsServerAddonArgs
        {
            Context = context,
            ChartVersion = platform.MetricsServerChartVersion,
        }, awsOptions));
        _ = new ClusterAutoscalerAddon("cluster-autoscaler", new ClusterAutoscalerAddonArgs
        {
            Context = context,
            RoleArn = nodeGroups.ClusterAutoscalerRoleArn,
            KubernetesVersion = config.Cluster.KubernetesVersion,
            ChartVersion = platform.ClusterAutoscalerChartVersion,
            MaxGracefulTerminationSeconds = config.Knative.MaxRevisionTimeoutSeconds,
        }, awsOptions);
        if (config.NodeGroups.FirstOrDefault(g => g.Purpose == NodeGroupPurpose.Gpu) is { } gpu)
        {
            addons.Add(new NvidiaDevicePluginAddon("nvidia-device-plugin", new NvidiaDevicePluginAddonArgs
            {
                Context = context,
                GpuNodeGroup = gpu,
                ChartVersion = platform.NvidiaDevicePluginChartVersion,
            }, awsOptions));
        }

        var namespaces = new PlatformNamespaces("platform-namespaces", new PlatformNamespacesArgs
        {
            Context = context,
            Namespaces = platform.Namespaces,
            ServingNamespace = KnativeServingAddon.ServingNamespaceName,
            MonitoringNamespace = MonitoringAddon.NamespaceName,
            NodeGroups = config.NodeGroups,
        }, awsOptions);
        // Default-deny both ways and the explicit allows of every shared service's namespace, once the
        // services (and so their namespaces) exist.
        addons.AddRange([loadBalancerController, certManager, knative, externalSecrets]);
        _ = new SharedServiceNetworkPolicies("shared-service-network-policies", new SharedServiceNetworkPoliciesArgs
        {
            Context = context,
            Namespaces = SharedServiceAllows.Catalogue(
                new ClusterAddresses(config.Network.Layout.Vpc, config.Network.Layout.Private, config.Network.Layout.Public, config.Cluster.ServiceRange),
                withGpu: config.NodeGroups.Any(g => g.Purpose == NodeGroupPurpose.Gpu)),
            DependsOn = [.. addons],
        }, awsOptions);
        var rbac = new PlatformRbac("platform-rbac", new PlatformRbacArgs
        {
            Context = context,
            DeveloperNamespaces = platform.DeveloperNamespaces,
            DependsOn = ImmutableArray.Create<Resource>(namespaces),
        }, awsOptions);

        return new SharedServicesResult(context, certManager, knative, externalSecrets, rbac);
    }
}
