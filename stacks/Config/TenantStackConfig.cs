using Numinia.Components.Addons.Flux;
using Numinia.Components.Tenants;

namespace Numinia.Stacks.Config;

/// <summary>
/// The config of a tenant stack (e.g. <c>Pulumi.prod-numinia.yaml</c>): the same program, building one organization
/// against the platform stack it reads through the outputs contract.
/// <list type="bullet">
/// <item><c>numinia-infra:organization</c> (its presence makes the stack a tenant stack): the organization's name, an
/// entry of the stack's own <c>numinia-infra:organizations</c> (the live four when absent).</item>
/// <item><c>numinia-infra:platformStack</c>: the platform stack, <c>&lt;org&gt;/&lt;project&gt;/&lt;stack&gt;</c>
/// (default <see cref="DefaultPlatformStack"/>).</item>
/// <item>the <c>numinia-infra:flux*</c> keys: the organization's own Flux sync (its GitRepositories, deploy key copies
/// and Kustomizations), as the platform stack reads them (docs/flux.md).</item>
/// </list>
/// Everything else (region, account, cluster, network, tags) comes from the platform stack's outputs.
/// </summary>
public sealed record TenantStackConfig
{
    /// <summary>The config key naming the stack's organization.</summary>
    public const string OrganizationKey = "organization";

    /// <summary>The config key naming the platform stack.</summary>
    public const string PlatformStackKey = "platformStack";

    /// <summary>The live platform stack.</summary>
    public const string DefaultPlatformStack = "numinia/numinia-infra/prod";

    /// <summary>The organization's Flux sync: the repository, its deploy key, the intervals and the path template.</summary>
    public FluxSettings Flux { get; init; } = new();

    /// <summary>The organization this stack builds, validated as in the platform stack.</summary>
    public required OrganizationSpec Organization { get; init; }

    /// <summary>The fully qualified name of the platform stack.</summary>
    public required string PlatformStack { get; init; }

    /// <summary>The platform stack's own name (its last segment, e.g. <c>prod</c>).</summary>
    public string PlatformStackName => PlatformStack[(PlatformStack.LastIndexOf('/') + 1)..];

    /// <summary>Whether a stack's config makes it a tenant stack.</summary>
    public static bool IsTenantStack(Func<string, string?> get) => get($"{PlatformConfig.Project}:{OrganizationKey}") is { Length: > 0 };
}
