using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;
using static Numinia.Components.Addons.ChartSpec;

namespace Numinia.Components.Addons.LoadBalancerController;

/// <summary>The AWS Load Balancer Controller as a shared service.</summary>
public sealed class LoadBalancerControllerService : SharedService<LoadBalancerControllerSettings>
{
    /// <inheritdoc />
    public override string Name => "aws-load-balancer-controller";

    /// <inheritdoc />
    public override string Namespace => LoadBalancerControllerAddon.NamespaceName;

    /// <inheritdoc />
    public override ImmutableArray<string> ConfigKeys => [LoadBalancerControllerSettings.ChartVersionKey];

    /// <inheritdoc />
    public override ImmutableDictionary<string, ImmutableArray<NetworkPort>> MetricsPorts => Metrics(Namespace, NetworkPort.Tcp(8080));

    /// <summary>
    /// The controller serves its pod and Ingress webhooks on 9443 and calls ELB, EC2, ACM, WAF and Shield.
    /// </summary>
    public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network)
        => Policed(Namespace, network.ApiServer, network.AwsApis, network.Webhook(9443), network.Metrics(Namespace));

    /// <inheritdoc />
    public override LoadBalancerControllerSettings Read(ISettingsReader config, SharedServiceFacts facts) => LoadBalancerControllerSettings.Read(config);

    /// <inheritdoc />
    public override ComponentResource Create(SharedServicesSetup setup, LoadBalancerControllerSettings settings)
        => new LoadBalancerControllerAddon(Name, new LoadBalancerControllerAddonArgs { Context = setup.Context, Settings = settings }, setup.Options);

    /// <inheritdoc />
    public override ImmutableArray<ReleaseRendering> Renderings =>
    [
        new ReleaseRendering(LoadBalancerControllerAddon.NamespaceName, "aws-load-balancer-controller", Rendering()),
    ];

    private static ChartWorkloads Rendering()
    {
        const string ns = LoadBalancerControllerAddon.NamespaceName;
        var labels = Labels((AppName, "aws-load-balancer-controller"), (AppInstance, "aws-load-balancer-controller"));
        return new ChartWorkloads("aws-load-balancer-controller", "3.5.0",
                Pod(ns, "aws-load-balancer-controller", labels, Tcp("webhook-server", 9443), Tcp("metrics-server", 8080)))
            .With(Service(ns, "aws-load-balancer-webhook-service", labels, Port("webhook-server", 443, "webhook-server")));
    }
}
