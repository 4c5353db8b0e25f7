using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Numinia.Components.Addons;
using Numinia.Components.Common;
using Numinia.Components.Compute;
using Numinia.Components.Data;

namespace Numinia.Stacks.Config;

/// <summary>
/// Reads the stack config from raw values (as Pulumi hands them to the program: strings, with arrays
/// and objects as JSON text) into <see cref="PlatformConfig"/>, collecting every problem and raising
/// them together.
/// </summary>
public sealed partial class ConfigReader : ISettingsReader
{
    private readonly Func<string, string?> _get;
    private readonly Func<string, string?> _raw;
    private readonly IReadOnlyCollection<string> _keys;
    private readonly IReadOnlySet<string>? _secretKeys;
    private readonly List<ConfigProblem> _problems = new();

    // Keys whose value could not be read at all (the default stands in), which rules across keys then leave alone.
    private readonly HashSet<string> _unreadable = new(StringComparer.Ordinal);

    /// <summary>
    /// A reader over a lookup of full keys (<c>namespace:key</c>) to raw values; <paramref name="keys"/>, when known, are
    /// every key the stack was given, each of which must be one the project declares (see <see cref="ConfigKeys"/>);
    /// <paramref name="secretKeys"/>, when known, the full keys handed over as secrets (<see cref="ConfigKeys.Secret"/> must be).
    /// </summary>
    public ConfigReader(Func<string, string?> get, IEnumerable<string>? keys = null, IReadOnlySet<string>? secretKeys = null)
    {
        _raw = get;
        // A placeholder reads as unset, so it is reported once, as a placeholder, and not again as a bad value.
        _get = key => get(key) is { } value && ConfigKeys.FillInHint(value) is null ? value : null;
        _keys = keys?.ToArray() ?? Array.Empty<string>();
        _secretKeys = secretKeys;
    }

    /// <summary>
    /// Reads and validates the whole config; throws <see cref="ConfigValidationException"/> listing every problem.
    /// <paramref name="keys"/>: every key the stack was given, when known, checked against the declared keys;
    /// <paramref name="secretKeys"/>: the keys given as secrets, when known.
    /// </summary>
    public static PlatformConfig Read(Func<string, string?> get, IEnumerable<string>? keys = null, IReadOnlySet<string>? secretKeys = null)
        => new ConfigReader(get, keys, secretKeys).Read();

    private static string Key(string name) => name.Contains(':', StringComparison.Ordinal) ? name : $"{PlatformConfig.Project}:{name}";

    private PlatformConfig Read()
    {
        CheckKeys();
        CheckFillIns();
        var region = Region();
        // Pulumi.yaml's default is empty (a tenant stack takes the platform's account): empty is missing.
        var accountId = EmptyIsUnset(ConfigKeys.AccountIdKey);
        if (accountId is null)
        {
            Problem(ConfigKeys.AccountIdKey, null, "is missing; set the production AWS account id (12 digits): pulumi config set accountId <id>");
        }
        else if (accountId.Length != 12 || !accountId.All(char.IsAsciiDigit))
        {
            Problem(ConfigKeys.AccountIdKey, accountId, "is not an AWS account id (expected 12 digits)");
        }

        var network = ReadNetwork(region);
        var cluster = ReadCluster();
        var nodeGroups = ReadNodeGroups();
        var vpn = ReadVpn();
        var dns = DnsSettings.Read(this);
        var config = new PlatformConfig
        {
            Region = region,
            AccountId = accountId ?? string.Empty,
            Environment = EnvironmentTag(),
            Network = network,
            Cluster = cluster,
            NodeGroups = nodeGroups,
            Vpn = vpn,
            Dns = dns,
            SharedServices = ReadSharedServices(new SharedServiceFacts { Dns = dns, NodeGroups = nodeGroups, KubernetesVersion = cluster.KubernetesVersion }),
            Namespaces = ReadNamespaces(),
            Statics = ReadStatics(),
            StaticsCdn = StaticsCdnSettings.Read(this, dns.BaseDomain, dns.ImportZoneId, AdoptionPhase),
            Database = ReadDatabase(),
            Tenants = ReadTenants(),
            AdoptionPhase = AdoptionPhase,
        };

        var zones = network.Layout.AvailabilityZones.Length;
        foreach (var group in nodeGroups.Where(g => g.OneGroupPerZone && g.MaxSize >= 1 && g.MaxSize < zones))
        {
            Problem(group.KeyOf(NodeGroupSpec.Keys.MaxSize), group.MaxSize.ToString(CultureInfo.InvariantCulture),
                $"is less than the {zones} availability zones; the {group.Name} group is one node group per zone, each needing a maximum of at least 1");
        }

        CheckClusterAgainstNetwork(network, cluster, vpn);
        Report(config.Database.RegionProblems(region));
        // The statics bucket's replica is named after it, in the second region; S3 bucket names are at most 63 characters.
        var replica = StaticsReplica.ReplicaName(config.Statics.BucketName, config.Database.BackupCopyRegion);
        if (replica.Length > StaticsReplica.MaxBucketNameLength)
        {
            Problem(config.Statics.Import ? StaticsBucketSettings.Keys.ImportBucket : StaticsBucketSettings.Keys.Name, config.Statics.BucketName,
                $"makes its replica's name {replica} ({replica.Length} characters) longer than S3's {StaticsReplica.MaxBucketNameLength}; "
                + $"shorten it by {replica.Length - StaticsReplica.MaxBucketNameLength}");
        }
        if (config.StaticsCdn.ImportCertificate is { } certificate && certificate.Split(':') is [_, _, _, _, var owner, ..] && accountId is not null && owner != accountId)
        {
            // An ACM certificate belongs to one account; CloudFront cannot use another account's.
            Problem(StaticsCdnSettings.Keys.ImportCertificate, certificate, $"is a certificate of account {owner}, not of accountId {accountId}");
        }

        if (config.Statics.Import && !config.StaticsCdn.Import)
        {
            // The live bucket's policy lets the live distribution read it: adopting one without the other would give the
            // bucket a policy naming a new distribution and leave the live one unable to read.
            Problem(StaticsCdnSettings.Keys.ImportDistribution, null, "is missing: the adopted statics bucket's policy names the live CloudFront distribution, so adopt it too (with its origin access control and certificate)");
        }

        config = config with { Namespaces = FollowGpuGroups(config.Namespaces, nodeGroups) };
        if (_problems.Count > 0)
        {
            throw new ConfigValidationException(_problems.ToImmutableArray());
        }

        return config;
    }

    /// <summary>Every shared service's settings, read by the service itself (problems are collected with the others).</summary>
    private ImmutableArray<SharedServiceSettings> ReadSharedServices(SharedServiceFacts facts)
        => SharedServices.All.Select(service =>
        {
            var settings = service.ReadSettings(this, facts);
            return new SharedServiceSettings(service, settings, service.IsInstalled(settings, facts));
        }).ToImmutableArray();

    private bool Bool(string key, bool fallback)
    {
        var value = Raw(key);
        return value switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => Invalid(fallback, key, value, "is not a boolean (expected true or false)"),
        };
    }

    private int Retention(string key, int fallback)
    {
        var days = Int(key, fallback);
        return LogRetention.Problem(key, days) is { } problem ? Invalid(fallback, key, problem.Value, problem.Expected) : days;
    }

    /// <summary>
    /// The raw value of <paramref name="key"/>. Values are refused, not trimmed, when they start or end with whitespace: a
    /// trailing newline from a YAML block scalar (<c>|</c> rather than <c>|-</c>) or a pasted value is an accident, and
    /// trimming here would make what the program validates differ from what other readers of the same config (the Pulumi
    /// CLI, Kubernetes, AWS) get. The problem is reported once and the trimmed value is read on, so that the value's own
    /// rules report only what else is wrong with it.
    /// </summary>
    private string? Raw(string key)
    {
        var value = _get(Key(key));
        if (value is null || !IsPadded(value))
        {
            return value;
        }

        Problem(key, key.EndsWith("Password", StringComparison.Ordinal) ? "[secret]" : value, PaddedRule);
        return value.Trim();
    }

    private const string PaddedRule = "starts or ends with whitespace (a trailing newline from a YAML block scalar or a pasted value?); write the value without it";

    private static bool IsPadded(string value) => value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));

    // A key whose Pulumi.yaml default is empty because the Pulumi CLI demands a value of every stack for a declared key
    // without a default (accountId, organization): empty reads as unset.
    private string? EmptyIsUnset(string key) => Raw(key) is "" ? null : String(key, null);

    private string? String(string key, string? fallback)
    {
        var value = Raw(key);
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            Problem(key, value, "is empty");
            return fallback;
        }

        return value ?? fallback;
    }

    // Decimal digits only: no '+', no leading zeros (YAML 1.1 readers such as the Pulumi CLI's read 010 as octal 8), no
    // spaces or digit separators, within a 32-bit integer.
    private static readonly System.Text.RegularExpressions.Regex s_wholeNumber = new("^-?(0|[1-9][0-9]{0,9})\\z", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private int Int(string key, int fallback)
    {
        var value = Raw(key);
        if (value is null)
        {
            return fallback;
        }

        return s_wholeNumber.IsMatch(value) && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : Invalid(fallback, key, value, "is not a whole number (decimal digits, no '+', leading zeros or separators, at most 2147483647)");
    }

    /// <summary>
    /// A list of strings, as Pulumi hands a YAML sequence to the program (JSON text). Each item that is not a string (a
    /// null from an empty YAML item, a number, a list) is reported and left out, as is the whitespace of padded items,
    /// so that the items' own rules see only strings.
    /// </summary>
    private ImmutableArray<string> StringArray(string key, ImmutableArray<string> fallback)
    {
        var value = _get(Key(key));
        if (value is null)
        {
            return fallback;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(value);
        }
        catch (JsonException)
        {
            return Invalid(fallback, key, value, "is not a list of strings");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return Invalid(fallback, key, value, "is not a list of strings");
            }

            var items = ImmutableArray.CreateBuilder<string>(document.RootElement.GetArrayLength());
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String)
                {
                    Problem(key, item.GetRawText(), item.ValueKind == JsonValueKind.Null
                        ? "is an empty item (null) of a list of strings; remove it or give it a value"
                        : "is an item that is not a string; the list holds strings");
                    continue;
                }

                var text = item.GetString()!;
                if (IsPadded(text))
                {
                    Problem(key, text, PaddedRule);
                    text = text.Trim();
                }

                items.Add(text);
            }

            return items.ToImmutable();
        }
    }

    private static readonly System.Text.RegularExpressions.Regex s_chartVersion =
        new(@"^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>An exact Helm chart version: never empty, <c>latest</c> or a range.</summary>
    private string ChartVersion(string key, string fallback)
    {
        var version = String(key, fallback) ?? string.Empty;
        if (string.IsNullOrWhiteSpace(version))
        {
            Problem(key, version, "is empty; pin an exact chart version (e.g. 1.2.3)");
        }
        else if (string.Equals(version, "latest", StringComparison.OrdinalIgnoreCase))
        {
            Problem(key, version, "is 'latest'; pin an exact chart version (e.g. 1.2.3)");
        }
        else if (!s_chartVersion.IsMatch(version))
        {
            Problem(key, version, "is not an exact chart version (expected MAJOR.MINOR.PATCH, optionally with a v prefix; no ranges)");
        }

        return version;
    }

    private T Invalid<T>(T fallback, string key, string? value, string expected)
    {
        Problem(key, value, expected);
        return fallback;
    }

    private void Problem(string key, string? value, string expected) => _problems.Add(new ConfigProblem(Key(key), value, expected));

    /// <summary>Reports what a settings record found wrong with its own values, each under its config key.</summary>
    private void Report(IEnumerable<SettingProblem> problems)
    {
        foreach (var problem in problems)
        {
            Problem(problem.Key, problem.Value, problem.Expected);
        }
    }

    // The component settings read their keys through this (ISettingsReader), with the same rules as the reader's own reads.
    string? ISettingsReader.Raw(string key) => Raw(key);

    string ISettingsReader.String(string key, string fallback) => String(key, fallback)!;

    int ISettingsReader.Int(string key, int fallback) => Int(key, fallback);

    bool ISettingsReader.Bool(string key, bool fallback) => Bool(key, fallback);

    ImmutableArray<string> ISettingsReader.StringArray(string key, ImmutableArray<string> fallback) => StringArray(key, fallback);

    string ISettingsReader.ChartVersion(string key, string fallback) => ChartVersion(key, fallback);

    int ISettingsReader.Retention(string key, int fallback) => Retention(key, fallback);

    bool ISettingsReader.IsSecret(string key) => _secretKeys?.Contains(Key(key)) ?? true;

    void ISettingsReader.Problem(string key, string? value, string expected) => Problem(key, value, expected);
}
