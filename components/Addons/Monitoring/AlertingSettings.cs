using System.Collections.Immutable;
using Numinia.Components.Common;

namespace Numinia.Components.Addons.Monitoring;

/// <summary>
/// Where alerts go: e-mail addresses subscribed to the platform's SNS topic, and optionally a Slack incoming webhook, a
/// generic webhook and a heartbeat webhook (each URL a secret, never printed). GuardDuty's findings go to the same topic.
/// </summary>
public sealed partial record AlertingSettings
{
    /// <summary>The config key of <see cref="Emails"/>.</summary>
    public const string EmailsKey = "alertEmails";

    /// <summary>The config key of <see cref="SlackWebhookUrl"/>.</summary>
    public const string SlackWebhookUrlKey = "alertSlackWebhookUrl";

    /// <summary>The config key of <see cref="WebhookUrl"/>.</summary>
    public const string WebhookUrlKey = "alertWebhookUrl";

    /// <summary>The config key of <see cref="HeartbeatUrl"/>.</summary>
    public const string HeartbeatUrlKey = "alertHeartbeatUrl";

    /// <summary>The config key of <see cref="GuardDutyEnabled"/>.</summary>
    public const string GuardDutyEnabledKey = "guardDutyEnabled";

    /// <summary>The config key of <see cref="GuardDutyDetectorId"/>.</summary>
    public const string GuardDutyDetectorIdKey = "guardDutyDetectorId";

    /// <summary><c>numinia-infra:alertEmails</c>: addresses subscribed (by e-mail, each confirming once) to the alerts topic.</summary>
    public ImmutableArray<string> Emails { get; init; } = ImmutableArray<string>.Empty;

    /// <summary><c>numinia-infra:alertSlackWebhookUrl</c> (a secret): a Slack incoming webhook every alert also goes to; empty for none.</summary>
    public string SlackWebhookUrl { get; init; } = string.Empty;

    /// <summary><c>numinia-infra:alertWebhookUrl</c> (a secret): a webhook (Alertmanager's JSON) every alert also goes to; empty for none.</summary>
    public string WebhookUrl { get; init; } = string.Empty;

    /// <summary>
    /// <c>numinia-infra:alertHeartbeatUrl</c> (a secret): a dead man's switch (a heartbeat service's URL) the Watchdog alert
    /// reaches every minute; it raises its own alarm when the beats stop. Empty: the Watchdog goes to the topic once a day.
    /// </summary>
    public string HeartbeatUrl { get; init; } = string.Empty;

    /// <summary>
    /// <c>numinia-infra:guardDutyEnabled</c>: the account's GuardDuty detector with EKS audit-log and runtime monitoring,
    /// its findings sent to the alerts topic.
    /// </summary>
    public bool GuardDutyEnabled { get; init; } = true;

    /// <summary>
    /// <c>numinia-infra:guardDutyDetectorId</c>: the detector the account already has in the region (an account has one per
    /// region, and GuardDuty refuses a second); the stack then turns on the EKS features on it and routes its findings, and
    /// leaves the detector itself to its owner. Empty: the stack creates the detector.
    /// </summary>
    public string GuardDutyDetectorId { get; init; } = string.Empty;

    /// <summary>Whether any receiver reaches a person: an e-mail address, Slack or a webhook.</summary>
    public bool HasReceiver => !Emails.IsEmpty || SlackWebhookUrl.Length > 0 || WebhookUrl.Length > 0;

    /// <summary>Reads the keys.</summary>
    public static AlertingSettings Read(ISettingsReader config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var emails = config.StringArray(EmailsKey, ImmutableArray<string>.Empty);
        foreach (var email in emails.Where(e => DomainNames.EmailProblem(e) is not null))
        {
            config.Problem(EmailsKey, email, "is not an e-mail address (expected name@domain, e.g. platform@numinia.xyz); SNS sends alerts there");
        }

        foreach (var duplicate in emails.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            config.Problem(EmailsKey, duplicate.Key, "is listed twice; SNS subscribes an address to a topic once");
        }

        var guardDuty = config.Bool(GuardDutyEnabledKey, true);
        var detectorId = config.Raw(GuardDutyDetectorIdKey) ?? string.Empty;
        if (detectorId.Length > 0 && !DetectorIdPattern().IsMatch(detectorId))
        {
            config.Problem(GuardDutyDetectorIdKey, detectorId, "is not a GuardDuty detector id (32 lowercase hexadecimal characters, as aws guardduty list-detectors prints)");
            detectorId = string.Empty;
        }
        else if (detectorId.Length > 0 && !guardDuty)
        {
            config.Problem(GuardDutyDetectorIdKey, detectorId, $"is set while {GuardDutyEnabledKey} is false: the detector's findings would reach no one; set {GuardDutyEnabledKey} to true or remove the id");
        }

        return new AlertingSettings
        {
            Emails = emails.Where(e => DomainNames.EmailProblem(e) is null).Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray(),
            SlackWebhookUrl = SecretUrl(config, SlackWebhookUrlKey),
            WebhookUrl = SecretUrl(config, WebhookUrlKey),
            HeartbeatUrl = SecretUrl(config, HeartbeatUrlKey),
            GuardDutyEnabled = guardDuty,
            GuardDutyDetectorId = detectorId,
        };
    }

    // An https URL held as a secret; the value is never printed, problems show it as [secret].
    private static string SecretUrl(ISettingsReader config, string key)
    {
        var url = config.Raw(key);
        if (string.IsNullOrEmpty(url))
        {
            return string.Empty;
        }

        if (!config.IsSecret(key))
        {
            config.Problem(key, "[secret]", $"is not a secret: the URL is a credential; set it with pulumi config set --secret {key} <url>");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || string.IsNullOrEmpty(uri.Host))
        {
            config.Problem(key, "[secret]", "is not an https:// URL; Alertmanager posts alerts to it over TLS");
            return string.Empty;
        }

        return url;
    }

    /// <summary>The settings, with the URLs redacted.</summary>
    public override string ToString()
        => $"{nameof(AlertingSettings)} {{ {nameof(Emails)} = [{string.Join(", ", Emails)}], {nameof(SlackWebhookUrl)} = {Redacted(SlackWebhookUrl)}, "
           + $"{nameof(WebhookUrl)} = {Redacted(WebhookUrl)}, {nameof(HeartbeatUrl)} = {Redacted(HeartbeatUrl)}, {nameof(GuardDutyEnabled)} = {GuardDutyEnabled}, "
           + $"{nameof(GuardDutyDetectorId)} = {(GuardDutyDetectorId.Length == 0 ? "none" : GuardDutyDetectorId)} }}";

    private static string Redacted(string value) => value.Length == 0 ? "none" : "[secret]";

    [System.Text.RegularExpressions.GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial System.Text.RegularExpressions.Regex DetectorIdPattern();
}
