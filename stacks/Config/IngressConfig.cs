using System.Collections.Immutable;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalDns;
using Numinia.Components.Addons.LoadBalancerController;

namespace Numinia.Stacks.Config;

/// <summary>
/// The ingress shared services: the platform's DNS zone, the AWS Load Balancer Controller, cert-manager
/// and its ACME account, and external-dns.
/// </summary>
public sealed record IngressConfig
{
    /// <summary><c>numinia-infra:baseDomain</c>: the platform's domain and the name of its Route53 hosted zone (live: numinia.xyz).</summary>
    public string BaseDomain { get; init; } = "numinia.xyz";

    /// <summary>
    /// <c>numinia-infra:hostedZoneId</c>: the id of the hosted zone of <see cref="BaseDomain"/> (e.g. Z0123456789ABCDEFGHIJ);
    /// null (unset or empty) means the stack looks the public zone up by <see cref="BaseDomain"/>.
    /// </summary>
    public string? HostedZoneId { get; init; }

    /// <summary><c>numinia-infra:acmeEmail</c>: the Let's Encrypt account email of the ACME ClusterIssuers (expiry notices).</summary>
    public string AcmeEmail { get; init; } = "platform@numinia.xyz";

    /// <summary><c>numinia-infra:externalDnsDomainFilters</c>: the domains external-dns manages, each the base domain or under it (live: [numinia.xyz]).</summary>
    public ImmutableArray<string> ExternalDnsDomainFilters { get; init; } = ImmutableArray.Create("numinia.xyz");

    /// <summary><c>numinia-infra:externalDnsPolicy</c>: <c>sync</c> (live: creates, updates and deletes its records) or <c>upsert-only</c>.</summary>
    public ExternalDnsPolicy ExternalDnsPolicy { get; init; } = ExternalDnsPolicy.Sync;

    /// <summary><c>numinia-infra:loadBalancerControllerChartVersion</c>: the exact aws-load-balancer-controller chart version.</summary>
    public string LoadBalancerControllerChartVersion { get; init; } = LoadBalancerControllerAddon.DefaultChartVersion;

    /// <summary><c>numinia-infra:certManagerChartVersion</c>: the exact cert-manager chart version.</summary>
    public string CertManagerChartVersion { get; init; } = CertManagerAddon.DefaultChartVersion;

    /// <summary><c>numinia-infra:externalDnsChartVersion</c>: the exact external-dns chart version.</summary>
    public string ExternalDnsChartVersion { get; init; } = ExternalDnsAddon.DefaultChartVersion;
}
