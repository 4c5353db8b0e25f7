using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Pulumi;

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
}
