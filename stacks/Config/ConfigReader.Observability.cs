using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Common;

namespace Numinia.Stacks.Config;

public sealed partial class ConfigReader
{
    /// <summary>
    /// Reads and validates only monitoring's and logging's keys (for tests and tools that need no whole stack);
    /// throws <see cref="ConfigValidationException"/> listing every problem.
    /// </summary>
    public static ObservabilityConfig ReadObservabilityOnly(Func<string, string?> get)
    {
        var reader = new ConfigReader(get);
        var observability = reader.ReadObservability();
        return reader._problems.Count > 0 ? throw new ConfigValidationException(reader._problems.ToImmutableArray()) : observability;
    }

    /// <summary>Monitoring's and logging's settings and the Grafana admin password; problems are collected with the others.</summary>
    internal ObservabilityConfig ReadObservability()
    {
        var defaults = new ObservabilityConfig { GrafanaAdminPassword = string.Empty };

        Quantity Size(string key, Quantity fallback)
        {
            var text = String(key, fallback.Text)!;
            if (!Quantity.TryParse(text, out var size, out var error))
            {
                return Invalid(fallback, key, text, error);
            }

            return size.Value < Quantity.Parse("1Gi").Value
                ? Invalid(fallback, key, text, "is smaller than 1Gi; a volume needs at least 1Gi (gp3 volumes are whole GiB)")
                : size;
        }

        int AtLeastOne(string key, int fallback, string what)
        {
            var value = Int(key, fallback);
            return value >= 1 ? value : Invalid(fallback, key, value.ToString(CultureInfo.InvariantCulture), $"must be at least 1 ({what})");
        }

        return new ObservabilityConfig
        {
            KubePrometheusStackChartVersion = ChartVersion("kubePrometheusStackChartVersion", defaults.KubePrometheusStackChartVersion),
            PrometheusOperatorCrdsChartVersion = ChartVersion("prometheusOperatorCrdsChartVersion", defaults.PrometheusOperatorCrdsChartVersion),
            FluentBitChartVersion = ChartVersion("fluentBitChartVersion", defaults.FluentBitChartVersion),
            PrometheusRetentionDays = AtLeastOne("prometheusRetentionDays", defaults.PrometheusRetentionDays, "days of metrics"),
            PrometheusReplicas = AtLeastOne("prometheusReplicas", defaults.PrometheusReplicas, "Prometheus replicas; 2 for high availability"),
            PrometheusStorageSize = Size("prometheusStorageSize", defaults.PrometheusStorageSize),
            GrafanaStorageSize = Size("grafanaStorageSize", defaults.GrafanaStorageSize),
            ContainerLogRetentionDays = Retention("containerLogRetentionDays", defaults.ContainerLogRetentionDays),
            GrafanaAdminPassword = GrafanaAdminPassword(),
        };
    }

    // The value is never printed: problems show it as [secret].
    private string GrafanaAdminPassword()
    {
        const string key = "grafanaAdminPassword";
        var password = Raw(key);
        if (string.IsNullOrEmpty(password))
        {
            Problem(key, null, $"is missing; set it with pulumi config set --secret {key} <password>");
            return string.Empty;
        }

        if (_secretKeys is { } secrets && !secrets.Contains(Key(key)))
        {
            Problem(key, "[secret]", $"is not a secret: the stack file holds it in plain text; set it with pulumi config set --secret {key} <password>");
        }

        if (password.Length < ObservabilityConfig.MinimumGrafanaPasswordLength)
        {
            Problem(key, "[secret]",
                $"is shorter than {ObservabilityConfig.MinimumGrafanaPasswordLength} characters; set a longer one with pulumi config set --secret {key} <password>");
        }

        return password;
    }
}
