using System.Collections.Immutable;
using CsCheck;
using Numinia.Components.Compute;
using Numinia.Stacks.Config;

namespace Numinia.Infra.Tests;

/// <summary>
/// One generated config: overrides (<c>--config KEY=VALUE</c>, keys without a namespace are the project's) over the prod
/// stack, the class of input it stands for, and, for a bad one, the key the refusal must name.
/// </summary>
public sealed record ConfigCase(string Class, ImmutableArray<(string Key, string Value)> Overrides, string? ExpectedKey)
{
    /// <summary>The overrides as plan arguments.</summary>
    public string[] Arguments => Overrides.SelectMany(o => new[] { "--config", $"{o.Key}={o.Value}" }).ToArray();

    /// <inheritdoc />
    public override string ToString()
        => $"{Class}: {string.Join(" ", Overrides.Select(o => $"--config '{Escape(o.Key)}={Escape(o.Value)}'"))}"
           + (ExpectedKey is null ? string.Empty : $" (refused naming {ExpectedKey})");

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}

/// <summary>
/// Generators for the config's shapes: valid values of each kind of key, and each kind of invalid input the plan must
/// refuse naming the key (unknown and misspelt keys, look-alike namespaces, padded values, null list items, loosely
/// written addresses, subnet sizes, quantities out of range, label and taint syntax, instance types and DB classes that
/// cannot exist, IAM names too long, principals twice, e-mail addresses ACME refuses, a bad tenancy, a null name).
/// </summary>
public static class ConfigPropertyGenerators
{
    private const string Project = "numinia-infra";

    private const string Alphanumeric = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private const string Lower = "abcdefghijklmnopqrstuvwxyz";

    private const string AdminArn = "arn:aws:iam::111122223333:role/numinia-platform-admin";

    private static ConfigCase Case(string kind, string? expected, params (string Key, string Value)[] overrides)
        => new(kind, overrides.ToImmutableArray(), expected is null ? null : expected.Contains(':', StringComparison.Ordinal) ? expected : $"{Project}:{expected}");

    private static Gen<string> Text(string chars, int min, int max) => Gen.Char[chars].Array[min, max].Select(a => new string(a));

    private static string Json(IEnumerable<string?> items) => System.Text.Json.JsonSerializer.Serialize(items);

    // ---- Valid values.

    private static readonly Gen<string> s_labelName = Gen.Select(Text(Alphanumeric, 1, 1), Text(Alphanumeric + "-_.", 0, 20), Text(Alphanumeric, 0, 1),
        (first, middle, last) => middle.Length > 0 && last.Length == 0 ? first + middle + "x" : first + middle + last);

    private static readonly Gen<string> s_dnsLabel = Gen.Select(Text(Lower, 1, 1), Text(Lower + "0123456789-", 0, 8), Text(Lower + "0123456789", 1, 1),
        (first, middle, last) => first + middle + last);

    /// <summary>A label key EKS and Kubernetes accept: an optional DNS prefix and a name, at most 63 characters in all.</summary>
    public static readonly Gen<string> LabelKey = Gen.Select(Gen.Bool, s_dnsLabel, s_dnsLabel, s_labelName,
            (prefixed, a, b, name) => prefixed ? $"{a}.{b}/{name}" : name)
        .Where(k => k.Length <= 63 && k != NodeGroupSpec.GroupLabel && !k.StartsWith("numinia.xyz/", StringComparison.Ordinal));

    // general is one node group per zone (three in the base config): its maximum is at least one per zone.
    private static readonly Gen<(string Key, string Value)> s_validNodeGroup = Gen.OneOf("general", "compute", "gpu").SelectMany(group =>
        Gen.Int[0, 3].SelectMany(min => Gen.Int[1, 5].SelectMany(extra => Gen.Int[0, 5].Select(desired =>
        {
            var max = Math.Max(min + extra, group == "general" ? 3 : 1);
            return ($"{group}Sizes", $"{min},{max},{min + Math.Min(desired, max - min)}");
        }))));

    private static readonly Gen<ConfigCase[]> s_validMutation = Gen.OneOf<ConfigCase[]>(
        s_validNodeGroup.Select(g => new[]
        {
            Case("valid", null, ($"{g.Key[..^5]}MinSize", g.Value.Split(',')[0]), ($"{g.Key[..^5]}MaxSize", g.Value.Split(',')[1]),
                ($"{g.Key[..^5]}DesiredSize", g.Value.Split(',')[2])),
        }),
        Gen.OneOf(NodeGroupPurpose.General, NodeGroupPurpose.Compute).SelectMany(purpose =>
            Gen.OneOf(InstanceTypes.Families.Values.Where(f => f.Purpose == purpose && f.Architecture == "x86_64").ToArray())
                .SelectMany(f => Gen.OneOf(f.Sizes.ToArray()).Select(size => new[]
                {
                    Case("valid", null, ($"{purpose.ToString().ToLowerInvariant()}InstanceTypes", Json(new[] { $"{f.Name}.{size}" }))),
                }))),
        // A GPU group's types must also be in the node groups' instance table (its accelerator label and the GPU quota).
        Gen.OneOf(Numinia.Components.Compute.InstanceTypeTable.All.Values.Where(i => i.Gpus > 0).Select(i => i.Name).Order(StringComparer.Ordinal).ToArray())
            .Select(type => new[] { Case("valid", null, ("gpuInstanceTypes", Json(new[] { type }))) }),
        Gen.Select(Gen.OneOf("general", "compute"), LabelKey.Array[0, 3], s_labelName.Array[3], (group, keys, values) => new[]
        {
            Case("valid", null, ($"{group}Labels", Json(keys.Distinct().Select((k, i) => $"{k}={values[i]}")))),
        }),
        Gen.Select(LabelKey, s_labelName, Gen.OneOf("NoSchedule", "NoExecute", "PreferNoSchedule"), (key, value, effect) => new[]
        {
            Case("valid", null, ("generalTaints", Json(new[] { $"{key}={value}:{effect}" }))),
        }),
        Gen.Int[0, 255].Select(b => new[]
        {
            Case("valid", null, ("vpcCidr", $"10.{b}.0.0/16"), ("databaseSubnetCidrs", Json(Enumerable.Range(4, 3).Select(i => $"10.{b}.{i}.0/24")))),
        }),
        Gen.Select(Gen.Int[2, 9999], Gen.OneOf("Gi", "Ti", "G", "T"), (amount, unit) => new[] { Case("valid", null, ("grafanaStorageSize", $"{amount}{unit}")) }),
        Gen.Select(s_dnsLabel, s_dnsLabel, (local, domain) => new[] { Case("valid", null, ("acmeEmail", $"{local}@{domain}.xyz")) }),
        Gen.OneOf(InstanceTypes.AuroraPostgresClasses.SelectMany(c => c.Value.Select(s => $"db.{c.Key}.{s}")).ToArray())
            .Select(c => new[] { Case("valid", null, ("databaseInstanceClass", c)) }),
        Gen.Select(Gen.OneOf("efsEnabled", "vpnEnabled"), Gen.Bool, (key, on) => new[] { Case("valid", null, (key, on ? "true" : "false")) }),
        Gen.OneOf("single", "perAz").Select(mode => new[] { Case("valid", null, ("natGateways", mode)) }),
        Gen.OneOf("inline", "stacks").Select(mode => new[] { Case("valid", null, ("tenancy", mode)) }),
        Gen.OneOf("aws:profile", "kubernetes:context", "pulumi:tags").Select(key => new[] { Case("valid", null, (key, "anything")) }));

    /// <summary>A valid config: up to five valid changes to the prod stack.</summary>
    public static readonly Gen<ConfigCase> Valid = s_validMutation.Array[0, 5].Select(changes =>
        new ConfigCase("valid", changes.SelectMany(c => c).SelectMany(c => c.Overrides).ToImmutableArray(), null));

    // ---- Invalid input, one class each, with the key its refusal must name.

    private static readonly ImmutableArray<string> s_declared = ConfigKeys.Declared.ToImmutableArray();

    private static readonly Gen<ConfigCase> s_unknownKey = Gen.Select(Gen.OneOf(s_declared.ToArray()), Gen.Int[0, 4], Gen.Int[0, 1000], Gen.Char[Lower],
            (key, edit, at, letter) =>
            {
                var i = at % key.Length;
                return edit switch
                {
                    0 => key.Remove(i, 1),
                    1 => key.Insert(i, letter.ToString()),
                    2 => key[..i] + letter + key[(i + 1)..],
                    3 => char.ToUpperInvariant(key[0]) + key[1..],
                    _ => key + "s",
                };
            })
        .Where(k => k.Length > 0 && !ConfigKeys.Declared.Contains(k))
        .Select(k => Case("unknown key", k, (k, "x")));

    private static readonly Gen<ConfigCase> s_lookAlikeNamespace = Gen.Select(
            Gen.OneOf("numinia_infra", "numiniainfra", "Numinia-Infra", "numinia-infr", "numinia.infra", "numinia-infra:numinia-infra"),
            Gen.OneOf(s_declared.ToArray()), (space, key) => $"{space}:{key}")
        .Select(k => Case("look-alike namespace", k, (k, "x")));

    private static readonly (string Key, string[] Items)[] s_lists =
    {
        ("availabilityZones", new[] { "eu-west-1a", "eu-west-1b", "eu-west-1c" }),
        ("clusterViewerArns", new[] { "arn:aws:iam::111122223333:role/viewer" }),
        ("monitoringReaderArns", new[] { "arn:aws:iam::111122223333:role/reader" }),
        ("generalInstanceTypes", new[] { "m6i.xlarge", "m5.xlarge" }),
        ("gpuInstanceTypes", new[] { "g5.2xlarge" }),
        ("externalDnsDomainFilters", new[] { "numinia.xyz" }),
        ("secretNamePrefixes", new[] { "numinia/" }),
        ("developerNamespaces", new[] { "staging", "production" }),
    };

    private static readonly Gen<ConfigCase> s_nullItem = Gen.Select(Gen.OneOf(s_lists), Gen.Int[0, 3], (list, at) =>
    {
        var items = list.Items.Cast<string?>().ToList();
        items.Insert(at % (items.Count + 1), null);
        return Case("null list item", list.Key, (list.Key, Json(items)));
    });

    private static readonly (string Key, string Value)[] s_strings =
    {
        ("vpcName", "numinia-vpc"), ("clusterName", "production-numinia"), ("vpcCidr", "10.0.0.0/16"), ("natGateways", "single"),
        ("acmeEmail", "platform@numinia.xyz"), ("baseDomain", "numinia.xyz"), ("kubernetesVersion", "1.35"), ("generalMinSize", "2"),
        ("efsEnabled", "false"), ("grafanaStorageSize", "20Gi"), ("databaseInstanceClass", "db.t4g.medium"), ("tenancy", "inline"),
        ("grafanaAdminPassword", "a-long-enough-grafana-password"),
    };

    private static readonly Gen<ConfigCase> s_padded = Gen.Select(Gen.OneOf(s_strings), Gen.OneOf("\n", " ", "\t", "\r\n", "\n\n"), Gen.Bool,
        (pair, pad, before) => Case("padded value", pair.Key, (pair.Key, before ? pad + pair.Value : pair.Value + pad)));

    private static readonly Gen<ConfigCase> s_paddedItem = Gen.Select(Gen.OneOf(s_lists), Gen.OneOf("\n", " ", "\t"),
        (list, pad) => Case("padded list item", list.Key, (list.Key, Json(list.Items.Select((item, i) => i == 0 ? item + pad : item)))));

    private static readonly Gen<ConfigCase> s_looseAddress = Gen.Select(Gen.OneOf(("vpcCidr", new[] { 10, 0, 0, 0 }, 16), ("vpnClientCidr", new[] { 172, 16, 0, 0 }, 22)),
        Gen.Int[0, 4], Gen.Int[0, 2], (target, at, spelling) =>
        {
            string Octet(int value) => spelling switch
            {
                0 => "0" + value.ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => "0x" + value.ToString("x2", System.Globalization.CultureInfo.InvariantCulture),
                _ => "00" + value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            var octets = target.Item2.Select((o, i) => i == at ? Octet(o) : o.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var prefix = at == 4 ? "0" + target.Item3.ToString(System.Globalization.CultureInfo.InvariantCulture) : target.Item3.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Case("loose address", target.Item1, (target.Item1, $"{string.Join('.', octets)}/{prefix}"));
        });

    private static readonly Gen<ConfigCase> s_subnetSize = Gen.Int[29, 32].Select(prefix =>
        Case("subnet size", "publicSubnetCidrs", ("publicSubnetCidrs", Json(new[] { $"10.0.0.0/{prefix}", "10.0.1.0/24", "10.0.2.0/24" }))));

    private static readonly Gen<ConfigCase> s_quantity = Gen.Select(Gen.OneOf("grafanaStorageSize", "prometheusStorageSize"), Gen.Int[0, 3],
        Text("0123456789", 20, 40), Gen.OneOf("Ei", "E", "Pi", ""), (key, kind, digits, unit) => Case("quantity", key, (key, kind switch
        {
            0 => "9" + digits + unit,
            1 => "-" + digits[..3] + "Gi",
            2 => "0." + digits,
            _ => digits[..2] + "gigs",
        })));

    private static readonly Gen<string> s_badLabel = Gen.Select(Gen.Int[0, 5], s_labelName, Text(Lower, 64, 80), (kind, name, longName) => kind switch
    {
        0 => $"{name} x={name}",
        1 => $"{longName}={name}",
        2 => $"a/b/{name}={name}",
        3 => $"Example.com/{name}={name}",
        4 => $"{name}={name} x",
        _ => $"{name}={name}={name}",
    });

    private static readonly Gen<ConfigCase> s_label = Gen.Select(Gen.OneOf("generalLabels", "computeLabels", "gpuLabels"), s_badLabel,
        (key, label) => Case("label syntax", key, (key, Json(new[] { label }))));

    private static readonly Gen<ConfigCase> s_taint = Gen.Select(Gen.OneOf("generalTaints", "computeTaints"), s_labelName, Gen.Int[0, 3],
        (key, name, kind) => Case("taint syntax", key, (key, Json(new[]
        {
            kind switch
            {
                0 => $"{name}=a b:NoSchedule",
                1 => $"{name}=x:NoSchedul",
                2 => $"{name} x=y:NoExecute",
                _ => $"{name}=x:",
            },
        }))));

    private static readonly Gen<ConfigCase> s_instanceType = Gen.OneOf(NodeGroupPurpose.General, NodeGroupPurpose.Compute, NodeGroupPurpose.Gpu).SelectMany(purpose =>
        Gen.Select(Gen.OneOf(InstanceTypes.Families.Values.Where(f => f.Purpose == purpose).ToArray()), Gen.Int[0, 2], Gen.Char[Lower], (family, kind, letter) =>
        {
            var size = family.Sizes[0];
            var type = family.Architecture != "x86_64" ? $"{family.Name}.{size}"
                : kind == 0 ? $"{family.Name}.{size[..^1]}"
                : kind == 1 ? $"{family.Name}.{size}{letter}"
                : $"{family.Name[0]}9{family.Name[2..]}.{size}";
            var key = $"{purpose.ToString().ToLowerInvariant()}InstanceTypes";
            return Case("instance type", key, (key, Json(new[] { type })));
        }));

    private static readonly Gen<ConfigCase> s_databaseClass = Gen.Select(Gen.OneOf(InstanceTypes.AuroraPostgresClasses.Keys.ToArray()), Gen.Bool,
        (family, unknownFamily) => Case("DB instance class", "databaseInstanceClass",
            ("databaseInstanceClass", unknownFamily ? $"db.{family}x.large" : $"db.{family}.{InstanceTypes.AuroraPostgresClasses[family][0][..^1]}")));

    private static readonly Gen<ConfigCase> s_iamName = Gen.Select(Gen.OneOf("clusterAdminArns", "clusterDeveloperArns", "clusterViewerArns", "monitoringReaderArns"),
        Text(Lower, 65, 90), Gen.OneOf("role", "user"),
        (key, name, kind) => Case("IAM name length", key, (key, Json(new[] { $"arn:aws:iam::111122223333:{kind}/{name}" }))));

    private static readonly Gen<ConfigCase> s_principalTwice = Gen.OneOf("clusterDeveloperArns", "clusterViewerArns", "monitoringReaderArns")
        .Select(key => Case("principal twice", key, (key, Json(new[] { AdminArn }))));

    private static readonly Gen<ConfigCase> s_email = Gen.Select(Text(Lower, 65, 80), Gen.OneOf("example.com", "example.org", "example.net", "mail.test", "localhost"),
        Gen.Int[0, 2], (local, domain, kind) => kind switch
        {
            0 => Case("e-mail", "acmeEmail", ("acmeEmail", $"{local}@numinia.xyz")),
            1 => Case("e-mail", "acmeEmail", ("acmeEmail", $"ops@{domain}")),
            _ => Case("e-mail", "organizations[0].acmeEmail", ("organizations", $"[{{\"name\":\"acme\",\"acmeEmail\":\"ops@{domain}\"}}]")),
        });

    private static readonly Gen<ConfigCase> s_tenancy = Gen.Select(Text(Lower, 1, 10), Gen.Bool, (word, tenant) => tenant
            ? Case("tenancy", "tenancy", ("organization", "numinia"), ("tenancy", word + "x"))
            : Case("tenancy", "tenancy", ("tenancy", word + "x")))
        .Where(c => c.Overrides[^1].Value is not ("inline" or "stacks"));

    private static readonly Gen<ConfigCase> s_nullName = Gen.Int[0, 3].Select(count =>
        Case("null name", $"organizations[{count}].name",
            ("organizations", "[" + string.Concat(Enumerable.Range(0, count).Select(i => $"{{\"name\":\"org{i}\"}},")) + "{\"name\":null}]")));

    private static readonly Gen<ConfigCase> s_wholeNumber = Gen.Select(Gen.OneOf("generalMinSize", "computeMaxSize", "gpuDiskSizeGb", "prometheusReplicas"),
        Gen.OneOf("+2", "02", "2.0", "1_000", "0x10", "2e1", "99999999999"), (key, value) => Case("whole number", key, (key, value)));

    /// <summary>Every class of invalid input, each refused naming its key.</summary>
    public static readonly Gen<ConfigCase> Invalid = Gen.OneOf(
        s_unknownKey, s_lookAlikeNamespace, s_nullItem, s_padded, s_paddedItem, s_looseAddress, s_subnetSize, s_quantity, s_label, s_taint,
        s_instanceType, s_databaseClass, s_iamName, s_principalTwice, s_email, s_tenancy, s_nullName, s_wholeNumber);
}
