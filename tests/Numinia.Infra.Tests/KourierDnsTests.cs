#if PULUMI_OFFLINE
using System.Collections;
using System.Collections.Concurrent;
using Numinia.Infra.Plan;
using NUnit.Framework;
using Pulumi.Testing;

namespace Numinia.Infra.Tests;

/// <summary>
/// Kourier's DNS records in the prod graph: external-dns writes the wildcard record from the annotation on
/// Kourier's Service, so the first `pulumi up` needs no NLB lookup that could run before the Load Balancer
/// Controller has made the NLB, and no second `up`.
/// </summary>
public sealed class KourierDnsTests
{
    private const string HostnameAnnotation = "external-dns.alpha.kubernetes.io/hostname";

    /// <summary>The plan mocks, recording every function the program calls.</summary>
    private sealed class RecordingMocks : IMocks
    {
        private readonly PlanMocks _plan = new("111122223333", "eu-west-1");

        public ConcurrentQueue<string> CallTokens { get; } = new();

        public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args) => _plan.NewResourceAsync(args);

        public Task<object> CallAsync(MockCallArgs args)
        {
            CallTokens.Enqueue(args.Token ?? "");
            return _plan.CallAsync(args);
        }
    }

    private static readonly RecordingMocks s_mocks = new();
    private static PlanResult? s_plan;

    private static async Task<PlanResult> PlanAsync() => s_plan ??= await Planner.RunAsync(Harness.NewPlatformConfig(), s_mocks);

    private static IDictionary Map(object? value) => (IDictionary)value!;

    private static IEnumerable<object> List(object? value) => ((IEnumerable)value!).Cast<object>();

    private static async Task<IDictionary> ReleaseValuesAsync(string release)
        => Map((await PlanAsync()).Resources.Single(r => r.Type == "kubernetes:helm.sh/v3:Release" && r.Name == release).Inputs["values"]);

    /// <summary>Rule: the Kourier Service override of the KnativeServing names the wildcard of the base domain for external-dns.</summary>
    [Test]
    public async Task TheKourierServiceAnnotationCarriesTheWildcardHostname()
    {
        var serving = (await PlanAsync()).Resources.Single(r => r.Type == "kubernetes:operator.knative.dev/v1beta1:KnativeServing");
        var kourier = Map(List(Map(serving.Inputs["spec"])["services"]).Single(s => (string?)Map(s)["name"] == "kourier"));
        var names = ((string)Map(kourier["annotations"])[HostnameAnnotation]!).Split(',');
        Assert.That(names, Is.EqualTo(new[] { "*.numinia.xyz", "kourier.numinia.xyz" }));
    }

    /// <summary>Rule: nothing looks the NLB up (it may not exist yet on a first `up`) and the program declares no DNS record but the statics CDN's.</summary>
    [Test]
    public async Task NoLoadBalancerLookupOrRoute53RecordRemains()
    {
        var plan = await PlanAsync();
        Assert.Multiple(() =>
        {
            Assert.That(s_mocks.CallTokens, Does.Contain("aws:route53/getZone:getZone"), "the calls were recorded");
            Assert.That(s_mocks.CallTokens, Has.None.EqualTo("aws:lb/getLoadBalancer:getLoadBalancer"));
            Assert.That(s_mocks.CallTokens, Has.None.StartWith("aws:lb/"));
            // The statics CDN's alias and certificate-validation records are the program's; every other name is external-dns's.
            Assert.That(plan.Resources.Where(r => r.Type == "aws:route53/record:Record").Select(r => r.ParentUrn),
                Has.All.EndsWith("numinia:data:StaticsCdn::statics-cdn"), "external-dns owns the records of the applications and Kourier");
        });
    }

    /// <summary>
    /// Rule: external-dns watches Services (where the annotation is), filters the base domain, syncs (so the
    /// records go with the Service on destroy) and reconciles on events as well as every minute.
    /// </summary>
    [Test]
    public async Task ExternalDnsWatchesServicesInTheBaseDomainAndSyncsOnEvents()
    {
        var values = await ReleaseValuesAsync("external-dns-release");
        Assert.Multiple(() =>
        {
            Assert.That(List(values["sources"]), Does.Contain("service"));
            Assert.That(List(values["domainFilters"]), Does.Contain("numinia.xyz"), "covers *.numinia.xyz and kourier.numinia.xyz");
            Assert.That(values["policy"], Is.EqualTo("sync"));
            Assert.That(values["triggerLoopOnEvent"], Is.EqualTo(true));
        });
    }

    /// <summary>Rule: kourierHostname is the platform's name for Kourier's NLB, known from the config on a first preview.</summary>
    [Test]
    public async Task TheKourierHostnameOutputIsThePlatformsNameUnderTheBaseDomain()
        => Assert.That((await PlanAsync()).Outputs["kourierHostname"], Is.EqualTo("kourier.numinia.xyz"));
}
#endif
