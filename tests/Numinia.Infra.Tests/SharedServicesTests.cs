using System.Collections.Immutable;
using Numinia.Components.Addons;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes.NetworkPolicies;
using Numinia.Stacks;
using Numinia.Stacks.Config;
using NUnit.Framework;
using Pulumi;

namespace Numinia.Infra.Tests;

/// <summary>
/// The list of shared services describes each one truthfully: the config keys a service declares are exactly the keys its
/// settings read (so ConfigKeys, which Pulumi.yaml is held to, derives from the services), no key belongs to two services,
/// names are unique, and every service comes after those it depends on.
/// </summary>
public sealed class SharedServicesTests
{
    private static readonly ImmutableArray<ISharedService> s_all = SharedServices.All;

    private static IEnumerable<TestCaseData> Services() => s_all.Select(s => new TestCaseData(s).SetArgDisplayNames(s.Name));

    /// <summary>The keys <paramref name="service"/>'s settings read from a whole-stack config, without the namespace.</summary>
    private static ImmutableSortedSet<string> KeysRead(ISharedService service)
    {
        var lookup = Harness.ConfigLookup(Harness.RequiredStackConfig);
        var facts = Facts();
        var read = new SortedSet<string>(StringComparer.Ordinal);
        var reader = new ConfigReader(key =>
        {
            read.Add(key.StartsWith("numinia-infra:", StringComparison.Ordinal) ? key["numinia-infra:".Length..] : key);
            return lookup(key);
        });
        _ = service.ReadSettings(reader, facts);
        return read.ToImmutableSortedSet(StringComparer.Ordinal);
    }

    private static SharedServiceFacts Facts()
    {
        var config = ConfigReader.Read(Harness.ConfigLookup(Harness.RequiredStackConfig));
        return new SharedServiceFacts { Dns = config.Dns, NodeGroups = config.NodeGroups, KubernetesVersion = config.Cluster.KubernetesVersion };
    }

    [TestCaseSource(nameof(Services))]
    public void AServiceDeclaresExactlyTheConfigKeysItsSettingsRead(ISharedService service)
        => Assert.That(KeysRead(service), Is.EqualTo(service.ConfigKeys.ToImmutableSortedSet(StringComparer.Ordinal)));

    [Test]
    public void TheKeyCheckNamesAKeyAServiceReadsWithoutDeclaringIt()
    {
        var undeclared = new ReadsMoreThanItDeclares();

        Assert.That(KeysRead(undeclared).Except(undeclared.ConfigKeys), Is.EqualTo(new[] { "someOtherKey" }));
    }

    [Test]
    public void NoConfigKeyBelongsToTwoServices()
    {
        var shared = s_all.SelectMany(s => s.ConfigKeys.Select(k => (Key: k, s.Name))).GroupBy(p => p.Key)
            .Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Name))}");

        Assert.That(shared, Is.Empty);
    }

    [Test]
    public void EveryServiceKeyIsDeclared()
        => Assert.That(s_all.SelectMany(s => s.ConfigKeys).Where(k => !ConfigKeys.Declared.Contains(k)), Is.Empty);

    [Test]
    public void ServiceNamesAreUnique()
        => Assert.That(s_all.Select(s => s.Name), Is.Unique);

    [Test]
    public void EveryServiceComesAfterTheServicesItDependsOn()
    {
        var late = s_all.SelectMany((s, i) => s.DependsOn
                .Where(d => !s_all.Take(i).Any(earlier => earlier.Name == d))
                .Select(d => $"{s.Name} depends on {d}, which is not listed before it"));

        Assert.That(late, Is.Empty);
    }

    [Test]
    public void EveryServiceWithMetricsPortsIsPoliced()
    {
        var network = new SharedServiceNetwork(
            new ClusterAddresses(Cidr.Parse("10.0.0.0/16"), [Cidr.Parse("10.0.0.0/19")], [Cidr.Parse("10.0.96.0/22")], Cidr.Parse("172.20.0.0/16")),
            "monitoring", s_all.SelectMany(s => s.MetricsPorts).ToImmutableDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        var unpoliced = s_all.SelectMany(s => s.MetricsPorts.Keys.Where(ns => !s.Allows(network).Any(a => a.Namespace == ns)).Select(ns => $"{s.Name}: {ns}"));

        Assert.That(unpoliced, Is.Empty);
    }

    /// <summary>The problems of an organization whose one environment asks for the namespace <paramref name="ns"/>.</summary>
    private static string TenantAsking(string ns, IEnumerable<string>? reserved = null)
    {
        var organizations = $"[{{\"name\":\"acme\",\"environments\":[{{\"name\":\"pro\",\"namespace\":\"{ns}\"}}]}}]";
        var error = Assert.Throws<ConfigValidationException>(() => ConfigReader.ReadTenantsOnly(
            Harness.ConfigLookup([(Numinia.Components.Tenants.TenantsSettings.OrganizationsKey, organizations)]), reserved))!;
        return error.Message;
    }

    [Test]
    public void NoTenantMayTakeANamespaceOfASharedService()
    {
        var namespaces = s_all.SelectMany(s => s.MetricsPorts.Keys.Concat(s.Renderings.Select(r => r.Namespace)).Append(s.Namespace)).Distinct();
        Assert.Multiple(() =>
        {
            foreach (var ns in namespaces)
            {
                Assert.That(TenantAsking(ns), Does.Contain($"gives the namespace '{ns}', which is a namespace of the platform"), ns);
            }
        });
    }

    [Test]
    public void ANewSharedServiceReservesItsNamespaceFromTenants()
        => Assert.That(TenantAsking("reads-more", ConfigReader.ReservedNamespacesOf([.. s_all, new ReadsMoreThanItDeclares()])),
            Does.Contain("gives the namespace 'reads-more', which is a namespace of the platform"));

    // A service whose settings read a key it does not declare: the key check must name it.
    private sealed class ReadsMoreThanItDeclares : SharedService<string>
    {
        public override string Name => "reads-more";

        public override string Namespace => "reads-more";

        public override ImmutableArray<string> ConfigKeys => ["someKey"];

        public override ImmutableArray<NamespaceAllows> Allows(SharedServiceNetwork network) => [];

        public override ImmutableArray<ReleaseRendering> Renderings => [];

        public override string Read(ISettingsReader config, SharedServiceFacts facts)
            => config.String("someKey", "a") + config.String("someOtherKey", "b");

        public override ComponentResource Create(SharedServicesSetup setup, string settings) => throw new NotSupportedException();
    }
}
