using System.Collections.Immutable;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    /// <summary>
    /// Reads and validates only the secrets tooling's keys (for tests and tools that need no whole stack);
    /// throws <see cref="ConfigValidationException"/> listing every problem.
    /// </summary>
    public static SecretsConfig ReadSecretsOnly(Func<string, string?> get)
    {
        var reader = new ConfigReader(get);
        var secrets = reader.ReadSecrets();
        return reader._problems.Count > 0 ? throw new ConfigValidationException(reader._problems.ToImmutableArray()) : secrets;
    }

    /// <summary>The secrets tooling's chart versions and the Secrets Manager prefixes; problems are collected with the others.</summary>
    internal SecretsConfig ReadSecrets()
    {
        var defaults = new SecretsConfig();
        var prefixes = StringArray("secretNamePrefixes", defaults.SecretNamePrefixes);
        if (prefixes.IsEmpty)
        {
            Problem("secretNamePrefixes", "[]", "is empty; the External Secrets Operator needs at least one Secrets Manager name prefix (e.g. numinia/)");
        }

        foreach (var prefix in prefixes)
        {
            if (string.IsNullOrWhiteSpace(prefix))
            {
                Problem("secretNamePrefixes", prefix, "is an empty prefix; it would let the operator read every secret of the account");
            }
            else if (prefix.Contains('*', StringComparison.Ordinal))
            {
                Problem("secretNamePrefixes", prefix, "contains '*'; give a literal prefix ending with '/' (the policy adds the wildcard)");
            }
            else if (!prefix.EndsWith('/'))
            {
                Problem("secretNamePrefixes", prefix, $"does not end with '/'; a prefix names a folder (e.g. '{prefix}/'), otherwise it also matches '{prefix}-other...'");
            }
        }

        return new SecretsConfig
        {
            ExternalSecretsChartVersion = ChartVersion("externalSecretsChartVersion", defaults.ExternalSecretsChartVersion),
            SecretsStoreCsiChartVersion = ChartVersion("secretsStoreCsiChartVersion", defaults.SecretsStoreCsiChartVersion),
            SecretsStoreCsiAwsChartVersion = ChartVersion("secretsStoreCsiAwsChartVersion", defaults.SecretsStoreCsiAwsChartVersion),
            SealedSecretsChartVersion = ChartVersion("sealedSecretsChartVersion", defaults.SealedSecretsChartVersion),
            SecretNamePrefixes = prefixes,
        };
    }
}
