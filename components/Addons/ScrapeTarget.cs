using System.Collections.Immutable;

namespace Numinia.Components.Addons;

/// <summary>
/// One workload's metrics endpoint Prometheus scrapes: its pods (by their template's labels, in its namespace), the
/// container port and the HTTP path; <paramref name="SelfSignedHttps"/> when the endpoint serves HTTPS with a certificate
/// it made itself, which Prometheus cannot verify. The stack makes a PodMonitor of each.
/// </summary>
public sealed record ScrapeTarget(string Namespace, string Workload, ImmutableDictionary<string, string> PodLabels, int Port, string Path = "/metrics",
    bool SelfSignedHttps = false);
