using System.Text.RegularExpressions;
using Numinia.Components.Common;

namespace Numinia.Components.Addons.Flux;

/// <summary>
/// Flux's settings: its chart, the applications' repository it syncs (URL, branch, interval, deploy key and the host
/// keys it trusts) and how each organization environment's Kustomization reconciles it (interval, path).
/// Defaults are the live sync (../shared/LIVE.md 7.1, 7.2).
/// </summary>
public sealed record FluxSettings
{
    /// <summary>The config key of <see cref="ChartVersion"/>.</summary>
    public const string ChartVersionKey = "fluxChartVersion";

    /// <summary>The config key of <see cref="GitUrl"/>.</summary>
    public const string GitUrlKey = "fluxGitUrl";

    /// <summary>The config key of <see cref="GitBranch"/>.</summary>
    public const string GitBranchKey = "fluxGitBranch";

    /// <summary>The config key of <see cref="GitInterval"/>.</summary>
    public const string GitIntervalKey = "fluxGitInterval";

    /// <summary>The config key of <see cref="DeployKey"/> (a secret).</summary>
    public const string DeployKeyKey = "fluxDeployKey";

    /// <summary>The config key of <see cref="KnownHosts"/>.</summary>
    public const string KnownHostsKey = "fluxKnownHosts";

    /// <summary>The config key of <see cref="KustomizationInterval"/>.</summary>
    public const string KustomizationIntervalKey = "fluxKustomizationInterval";

    /// <summary>The config key of <see cref="PathTemplate"/>.</summary>
    public const string PathTemplateKey = "fluxPathTemplate";

    /// <summary>The placeholder of the organization's name in <see cref="PathTemplate"/>.</summary>
    public const string OrganizationPlaceholder = "{organization}";

    /// <summary>The placeholder of the environment's name in <see cref="PathTemplate"/>.</summary>
    public const string EnvironmentPlaceholder = "{environment}";

    /// <summary>GitHub's published ed25519 host key (docs.github.com, "GitHub's SSH key fingerprints").</summary>
    public const string GitHubKnownHosts = "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";

    // A Go duration as Flux's API accepts it (the CRDs' pattern: ^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$).
    private static readonly Regex s_duration = new(@"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_branch = new(@"^[A-Za-z0-9][A-Za-z0-9._/-]*$", RegexOptions.CultureInvariant);

    /// <summary><c>numinia-infra:fluxChartVersion</c>: the exact fluxcd-community flux2 chart version.</summary>
    public string ChartVersion { get; init; } = "2.18.3";

    /// <summary><c>numinia-infra:fluxGitUrl</c>: the applications' repository (<c>ssh://</c> with a deploy key, or <c>https://</c>).</summary>
    public string GitUrl { get; init; } = "ssh://git@github.com/numengames/numinia-k8s";

    /// <summary><c>numinia-infra:fluxGitBranch</c>: the branch Flux follows.</summary>
    public string GitBranch { get; init; } = "main";

    /// <summary><c>numinia-infra:fluxGitInterval</c>: how often source-controller fetches the branch.</summary>
    public string GitInterval { get; init; } = "1m0s";

    /// <summary>
    /// <c>numinia-infra:fluxDeployKey</c> (a secret: <c>pulumi config set --secret</c>): the repository's deploy key, an
    /// OpenSSH private key; required with an <c>ssh://</c> URL.
    /// </summary>
    public string DeployKey { get; init; } = string.Empty;

    /// <summary><c>numinia-infra:fluxKnownHosts</c>: the <c>known_hosts</c> lines source-controller trusts.</summary>
    public string KnownHosts { get; init; } = GitHubKnownHosts;

    /// <summary><c>numinia-infra:fluxKustomizationInterval</c>: how often each organization environment's Kustomization reconciles.</summary>
    public string KustomizationInterval { get; init; } = "5m0s";

    /// <summary>
    /// <c>numinia-infra:fluxPathTemplate</c>: an organization environment's path in the repository, with
    /// <c>{organization}</c> and <c>{environment}</c>: the changed environment folders (docs/live-chart.md), outside
    /// <c>clusters/prod-cluster</c>, which the old cluster's root Kustomization applies, so that cluster keeps its 0.4.7
    /// chart until the cutover ends.
    /// </summary>
    public string PathTemplate { get; init; } = $"./clusters/numinia-production/organizations/{OrganizationPlaceholder}/{EnvironmentPlaceholder}-kustomization";

    /// <summary>Whether the repository is reached over SSH (and so needs the deploy key).</summary>
    public bool UsesSsh => GitUrl.StartsWith("ssh://", StringComparison.Ordinal);

    /// <summary>An organization environment's path.</summary>
    public string PathOf(string organization, string environment)
        => PathTemplate.Replace(OrganizationPlaceholder, organization, StringComparison.Ordinal)
            .Replace(EnvironmentPlaceholder, environment, StringComparison.Ordinal);

    /// <summary>Reads the keys.</summary>
    public static FluxSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var defaults = new FluxSettings();
        var url = config.String(GitUrlKey, defaults.GitUrl);
        if (!url.StartsWith("ssh://", StringComparison.Ordinal) && !url.StartsWith("https://", StringComparison.Ordinal))
        {
            url = config.Invalid(defaults.GitUrl, GitUrlKey, url, "is not an ssh:// or https:// Git URL (the schemes of Flux's GitRepository)");
        }

        var branch = config.String(GitBranchKey, defaults.GitBranch);
        if (!s_branch.IsMatch(branch))
        {
            branch = config.Invalid(defaults.GitBranch, GitBranchKey, branch, "is not a Git branch name");
        }

        var path = config.String(PathTemplateKey, defaults.PathTemplate);
        if (!path.StartsWith("./", StringComparison.Ordinal) || !path.Contains(OrganizationPlaceholder, StringComparison.Ordinal)
            || !path.Contains(EnvironmentPlaceholder, StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal))
        {
            path = config.Invalid(defaults.PathTemplate, PathTemplateKey, path,
                $"is not a path from the repository's root (./…, no ..) with {OrganizationPlaceholder} and {EnvironmentPlaceholder}");
        }

        var knownHosts = config.String(KnownHostsKey, defaults.KnownHosts);
        if (string.IsNullOrWhiteSpace(knownHosts) || knownHosts.Trim().Split(' ').Length < 3)
        {
            knownHosts = config.Invalid(defaults.KnownHosts, KnownHostsKey, knownHosts, "is not a known_hosts line ('<host> <key type> <base64 key>')");
        }

        var settings = new FluxSettings
        {
            ChartVersion = config.ChartVersion(ChartVersionKey, defaults.ChartVersion),
            GitUrl = url,
            GitBranch = branch,
            GitInterval = Duration(config, GitIntervalKey, defaults.GitInterval),
            KnownHosts = knownHosts,
            KustomizationInterval = Duration(config, KustomizationIntervalKey, defaults.KustomizationInterval),
            PathTemplate = path,
        };
        return settings with { DeployKey = DeployKeyOf(config, settings.UsesSsh) };
    }

    private static string Duration(ISettingsReader config, string key, string fallback)
    {
        var value = config.String(key, fallback);
        return s_duration.IsMatch(value) ? value : config.Invalid(fallback, key, value, "is not a duration such as 1m0s, 5m or 1h");
    }

    // The value is never printed: problems show it as [secret].
    private static string DeployKeyOf(ISettingsReader config, bool required)
    {
        const string key = DeployKeyKey;
        var value = config.Raw(key);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                config.Problem(key, null, $"is missing; an ssh:// {GitUrlKey} needs the repository's deploy key: cat deploy-key | pulumi config set --secret {key}");
            }

            return string.Empty;
        }

        if (!config.IsSecret(key))
        {
            config.Problem(key, "[secret]", $"is not a secret: the stack file holds it in plain text; set it with cat deploy-key | pulumi config set --secret {key}");
        }

        return value;
    }

    /// <summary>The settings, with the deploy key redacted.</summary>
    public override string ToString()
        => $"{nameof(FluxSettings)} {{ {nameof(ChartVersion)} = {ChartVersion}, {nameof(GitUrl)} = {GitUrl}, {nameof(GitBranch)} = {GitBranch}, "
           + $"{nameof(GitInterval)} = {GitInterval}, {nameof(DeployKey)} = [secret], {nameof(KnownHosts)} = {KnownHosts}, "
           + $"{nameof(KustomizationInterval)} = {KustomizationInterval}, {nameof(PathTemplate)} = {PathTemplate} }}";
}
