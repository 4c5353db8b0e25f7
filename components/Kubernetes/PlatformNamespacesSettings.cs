using System.Collections.Immutable;

namespace Numinia.Components.Kubernetes;

/// <summary>The platform namespaces' settings: each namespace's quota and container defaults, and where developers work.</summary>
public sealed record PlatformNamespacesSettings
{
    /// <summary>The config key of the quota overrides of <see cref="Namespaces"/>.</summary>
    public const string NamespaceQuotasKey = "namespaceQuotas";

    /// <summary>The config key of <see cref="DeveloperNamespaces"/>.</summary>
    public const string DeveloperNamespacesKey = "developerNamespaces";

    /// <summary>
    /// The platform namespaces with their quotas and container defaults: the live values
    /// (<see cref="PlatformNamespaces.Defaults"/>) with the overrides of <c>numinia-infra:namespaceQuotas</c>,
    /// a list of <c>&lt;namespace&gt;:&lt;field&gt;=&lt;value&gt;</c> entries such as
    /// <c>production:limits.cpu=32</c> or <c>ai-platform:requests.nvidia.com/gpu=3</c>; the fields are
    /// those of <see cref="QuotaFields"/>.
    /// </summary>
    public ImmutableArray<PlatformNamespaceSpec> Namespaces { get; init; } = PlatformNamespaces.Defaults;

    /// <summary>
    /// <c>numinia-infra:developerNamespaces</c>: the platform namespaces where the developer group manages
    /// workloads (default staging, production, dev-center). Tenants bind the role in their own namespaces.
    /// </summary>
    public ImmutableArray<string> DeveloperNamespaces { get; init; } = PlatformRbac.DefaultDeveloperNamespaces;
}
