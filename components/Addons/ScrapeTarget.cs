using System.Collections.Immutable;

namespace Numinia.Components.Addons;

/// <summary>
/// One workload's metrics endpoint Prometheus scrapes: its pods (by their template's labels, in its namespace), the
/// container port and the HTTP path. The stack makes a PodMonitor of each.
/// </summary>
public sealed record ScrapeTarget(string Namespace, string Workload, ImmutableDictionary<string, string> PodLabels, int Port, string Path = "/metrics");
