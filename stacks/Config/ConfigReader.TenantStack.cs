using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Addons.Flux;
using Numinia.Components.Tenants;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    // Pulumi stack names: letters, digits, '-', '_' and '.'; fully qualified as <org>/<project>/<stack>.
    private static readonly Regex s_stackName = new(@"^([A-Za-z0-9][A-Za-z0-9_.-]*/){2}[A-Za-z0-9_.-]+\z", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// Reads and validates a tenant stack's config: its organization among its <c>organizations</c> and the platform
    /// stack's name; throws <see cref="ConfigValidationException"/> listing every problem. <paramref name="keys"/>: every key
    /// the stack was given, when known, checked against the declared keys; <paramref name="thisStack"/>: this stack as
    /// <c>&lt;project&gt;/&lt;stack&gt;</c>, when known, which <c>platformStack</c> must not name.
    /// </summary>
    public static TenantStackConfig ReadTenantStack(Func<string, string?> get, IEnumerable<string>? keys = null, string? thisStack = null)
    {
        var reader = new ConfigReader(get, keys);
        reader.CheckKeys();
        _ = reader.ReadTenancy();
        var config = reader.ReadTenantStackConfig();
        if (config is not null && thisStack is not null && config.PlatformStack.EndsWith("/" + thisStack, StringComparison.Ordinal))
        {
            reader.Problem(TenantStackConfig.PlatformStackKey, config.PlatformStack, "names this stack itself; a tenant stack reads its platform stack");
        }

        return reader._problems.Count > 0 || config is null
            ? throw new ConfigValidationException(reader._problems.ToImmutableArray())
            : config;
    }

    private TenantStackConfig? ReadTenantStackConfig()
    {
        var organizations = ReadOrganizations();
        var platformStack = PlatformStackName();
        var flux = FluxSettings.Read(this);
        var name = String(TenantStackConfig.OrganizationKey, null);
        if (name is null)
        {
            Problem(TenantStackConfig.OrganizationKey, null, "is missing; a tenant stack names the organization it builds");
            return null;
        }

        if (!s_tenantDnsLabel.IsMatch(name))
        {
            Problem(TenantStackConfig.OrganizationKey, name, TenantDnsLabelRule);
            return null;
        }

        if (organizations.FirstOrDefault(o => o.Name == name) is not { } organization)
        {
            var known = organizations.IsEmpty ? "none" : string.Join(", ", organizations.Select(o => o.Name));
            Problem(TenantStackConfig.OrganizationKey, name,
                $"is not an organization of {TenantsSettings.OrganizationsKey} (known: {known}); add its entry to this stack's {TenantsSettings.OrganizationsKey}");
            return null;
        }

        return new TenantStackConfig { Organization = organization, PlatformStack = platformStack, Flux = flux };
    }

    /// <summary><c>numinia-infra:platformStack</c>, read by both kinds of stack so that a typo fails wherever it is set.</summary>
    private string PlatformStackName()
    {
        var value = String(TenantStackConfig.PlatformStackKey, TenantStackConfig.DefaultPlatformStack) ?? TenantStackConfig.DefaultPlatformStack;
        return s_stackName.IsMatch(value)
            ? value
            : Invalid(TenantStackConfig.DefaultPlatformStack, TenantStackConfig.PlatformStackKey, value,
                "is not a fully qualified stack name (expected <organization>/<project>/<stack>, e.g. numinia/numinia-infra/prod)");
    }
}
