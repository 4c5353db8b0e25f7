using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Components.Addons.ExternalSecrets;

/// <summary>The External Secrets Operator's settings: its chart version and the Secrets Manager prefixes it may read.</summary>
public sealed record ExternalSecretsSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "externalSecretsChartVersion";

    /// <summary>The config key of <see cref="SecretNamePrefixes"/>.</summary>
    public const string SecretNamePrefixesKey = "secretNamePrefixes";

    /// <summary><c>numinia-infra:externalSecretsChartVersion</c>: the exact external-secrets chart version.</summary>
    public string ChartVersion { get; init; } = "2.9.0";

    /// <summary>
    /// <c>numinia-infra:secretNamePrefixes</c>: the Secrets Manager name prefixes the operator's ClusterSecretStore may read
    /// (each a folder ending with '/'; live: numinia/).
    /// </summary>
    public ImmutableArray<string> SecretNamePrefixes { get; init; } = ImmutableArray.Create("numinia/");

    /// <summary>Reads the keys.</summary>
    public static ExternalSecretsSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new ExternalSecretsSettings();
        var prefixes = config.StringArray(SecretNamePrefixesKey, defaults.SecretNamePrefixes);
        if (prefixes.IsEmpty)
        {
            config.Problem(SecretNamePrefixesKey, "[]", "is empty; the External Secrets Operator needs at least one Secrets Manager name prefix (e.g. numinia/)");
        }

        foreach (var prefix in prefixes)
        {
            if (string.IsNullOrWhiteSpace(prefix))
            {
                config.Problem(SecretNamePrefixesKey, prefix, "is an empty prefix; it would let the operator read every secret of the account");
            }
            else if (prefix.Contains('*', StringComparison.Ordinal))
            {
                config.Problem(SecretNamePrefixesKey, prefix, "contains '*'; give a literal prefix ending with '/' (the policy adds the wildcard)");
            }
            else if (!prefix.EndsWith('/'))
            {
                config.Problem(SecretNamePrefixesKey, prefix, $"does not end with '/'; a prefix names a folder (e.g. '{prefix}/'), otherwise it also matches '{prefix}-other...'");
            }
        }

        return new ExternalSecretsSettings { ChartVersion = config.ChartVersion(ChartVersionKey, defaults.ChartVersion), SecretNamePrefixes = prefixes };
    }
}
