namespace Numinia.Components.Addons;

/// <summary>A Helm chart pinned to an exact version in its upstream repository.</summary>
/// <param name="Chart">The chart's name in the repository.</param>
/// <param name="Repository">The repository's URL.</param>
/// <param name="Version">The exact chart version (never empty, a range or <c>latest</c>).</param>
public sealed record ChartPin(string Chart, string Repository, string Version);
