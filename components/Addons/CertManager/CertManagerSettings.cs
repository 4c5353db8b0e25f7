using Numinia.Components.Common;

namespace Numinia.Components.Addons.CertManager;

/// <summary>cert-manager's settings: its chart version and the ACME account of the platform's Let's Encrypt issuers.</summary>
public sealed record CertManagerSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "certManagerChartVersion";

    /// <summary>The config key of <see cref="AcmeEmail"/>.</summary>
    public const string AcmeEmailKey = "acmeEmail";

    /// <summary><c>numinia-infra:certManagerChartVersion</c>: the exact cert-manager chart version.</summary>
    public string ChartVersion { get; init; } = "v1.21.1";

    /// <summary><c>numinia-infra:acmeEmail</c>: the Let's Encrypt account email of the ACME ClusterIssuers (expiry notices).</summary>
    public string AcmeEmail { get; init; } = "platform@numinia.xyz";

    /// <summary>Reads the keys.</summary>
    public static CertManagerSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new CertManagerSettings();
        var email = config.String(AcmeEmailKey, defaults.AcmeEmail);
        return new CertManagerSettings
        {
            ChartVersion = config.ChartVersion(ChartVersionKey, defaults.ChartVersion),
            AcmeEmail = DomainNames.EmailProblem(email) is { } problem ? config.Invalid(defaults.AcmeEmail, AcmeEmailKey, email, problem) : email,
        };
    }
}
