#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Infra.Plan;
using Numinia.Infra.Plan.Report;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// Pausing the prod platform (<c>paused: true</c>) and resuming it, as two plans of the same stack. Pulumi replaces a
/// resource when its URN is new or an input its provider marks ForceNew changes; a resource whose URN and inputs are the
/// same in both plans is left alone. So a stateful resource with the same URN and the same inputs in the running and the
/// paused plan is neither replaced by the pause nor by the resume.
/// </summary>
[NonParallelizable]
public sealed class PauseTests
{
    private static Task<PlanResult>? s_paused;

    /// <summary>The types a paused platform drops although they are adopted: they hold no data (the NAT gateway, its route).</summary>
    public static readonly ImmutableHashSet<string> DroppedWhilePaused = ImmutableHashSet.Create(StringComparer.Ordinal,
        "aws:ec2/natGateway:NatGateway", "aws:ec2/route:Route");

    // What holds data or a name others rely on, besides every protected resource.
    private static readonly ImmutableHashSet<string> s_statefulTypes = ImmutableHashSet.Create(StringComparer.Ordinal,
        "aws:kms/key:Key", "aws:secretsmanager/secret:Secret", "aws:ec2/eip:Eip", "aws:rds/cluster:Cluster", "aws:rds/clusterInstance:ClusterInstance",
        "aws:s3/bucket:Bucket", "aws:route53/zone:Zone", "aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet", "tls:index/privateKey:PrivateKey");

    private static Task<PlanResult> RunningAsync() => Harness.ProdPlanAsync();

    private static Task<PlanResult> PausedAsync() => s_paused ??= Planner.RunAsync(Harness.ProdConfig("paused=true"));

    private static ImmutableDictionary<string, ResourceRegistration> Stateful(PlanResult plan)
        => plan.Resources.Where(r => r.Custom && (r.Options.Protect || s_statefulTypes.Contains(r.Type))).ToImmutableDictionary(r => r.Urn, StringComparer.Ordinal);

    private static string Inputs(ResourceRegistration r) => JsonSerializer.Serialize(r.Inputs.OrderBy(p => p.Key, StringComparer.Ordinal)
        .ToDictionary(p => p.Key, p => p.Value?.ToString() is { } text && p.Value is not System.Collections.IEnumerable ? text : JsonSerializer.Serialize(p.Value)));

    private static IEnumerable<string> Differences(ImmutableDictionary<string, ResourceRegistration> from, PlanResult to)
    {
        var target = to.Resources.Where(r => r.Custom).ToDictionary(r => r.Urn, StringComparer.Ordinal);
        foreach (var (urn, resource) in from.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!target.TryGetValue(urn, out var other))
            {
                yield return $"{urn}: gone";
            }
            else if (Inputs(resource) != Inputs(other))
            {
                yield return $"{urn}: inputs differ";
            }
        }
    }

    [Test]
    public async Task PausingKeepsEveryStatefulResourceWithTheSameUrnAndInputs()
    {
        var (running, paused) = (await RunningAsync(), await PausedAsync());
        Assert.That(Stateful(running), Is.Not.Empty);
        Assert.That(Differences(Stateful(running), paused), Is.Empty, "a stateful resource the pause would delete or replace");
    }

    [Test]
    public async Task ResumingRecreatesWhatThePauseDroppedWithoutReplacingAStatefulResource()
    {
        var (running, paused) = (await RunningAsync(), await PausedAsync());
        Assert.That(Differences(Stateful(paused), running), Is.Empty, "a stateful resource the resume would delete or replace");
        var back = running.Resources.Select(r => r.Type).Except(paused.Resources.Select(r => r.Type)).ToHashSet(StringComparer.Ordinal);
        Assert.That(back, Is.SupersetOf(new[] { "eks:index:Cluster", "aws:eks/nodeGroup:NodeGroup", "aws:ec2/natGateway:NatGateway",
            "aws:ec2clientvpn/networkAssociation:NetworkAssociation", "kubernetes:helm.sh/v3:Release" }));
    }

    [Test]
    public async Task APausedPlatformHasNoClusterNodeGroupNatGatewayVpnAssociationOrLoadBalancer()
    {
        var paused = await PausedAsync();
        string[] billed = ["eks:index:Cluster", "aws:eks/cluster:Cluster", "aws:eks/nodeGroup:NodeGroup", "aws:ec2/natGateway:NatGateway",
            "aws:ec2clientvpn/networkAssociation:NetworkAssociation", "aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"];
        Assert.That(paused.Resources.Where(r => billed.Contains(r.Type)).Select(r => r.Urn), Is.Empty);
        // The Kourier NLB is the LB controller's, made for a Kubernetes Service: no Kubernetes object, no load balancer.
        Assert.That(paused.Resources.Where(r => r.Type.StartsWith("kubernetes:", StringComparison.Ordinal)).Select(r => r.Urn), Is.Empty);
    }

    [Test]
    public async Task APausedPlatformKeepsItsNatElasticIpsSoItsEgressAddressSurvives()
    {
        var (running, paused) = (await RunningAsync(), await PausedAsync());
        var eips = running.Resources.Where(r => r.Type == "aws:ec2/eip:Eip").Select(r => r.Urn).ToList();
        Assert.That(eips, Is.Not.Empty);
        Assert.That(paused.Resources.Where(r => r.Type == "aws:ec2/eip:Eip").Select(r => r.Urn), Is.EquivalentTo(eips));
        Assert.That(paused.Resources.Where(r => r.Type == "aws:ec2/eip:Eip").All(r => r.Options.Protect), Is.True);
    }

    [Test]
    public async Task TheAdoptedNatGatewayAndItsRouteAreUnprotectedSoAPauseCanDeleteThem()
    {
        var running = await RunningAsync();
        var dropped = running.Resources.Where(r => DroppedWhilePaused.Contains(r.Type) && r.Name.Contains("nat", StringComparison.Ordinal)
            || r.Name == "network-private-egress").ToList();
        Assert.That(dropped, Is.Not.Empty);
        Assert.That(dropped.Where(r => r.Options.Protect).Select(r => r.Urn), Is.Empty);
        Assert.That(running.Resources.Single(r => r.Type == "eks:index:Cluster").Options.Protect, Is.False, "the cluster goes in the pausing up");
    }

    [Test]
    public async Task APausedPlatformCostsAtMost100DollarsAMonthWithOneDatabaseInstanceStorageAside()
    {
        var paused = await PausedAsync();
        var table = PriceTable.Load(Path.Combine(Harness.RepoRoot, PriceTable.RepositoryPath));
        var estimate = CostEstimator.Estimate(paused.Resources, table);
        Assert.That(paused.Resources.Count(r => r.Type == "aws:rds/clusterInstance:ClusterInstance"), Is.EqualTo(1));
        var storageAside = estimate.Lines.Where(l => !l.Item.Contains("storage", StringComparison.OrdinalIgnoreCase)).Sum(l => l.Idle);
        Assert.That(storageAside, Is.LessThanOrEqualTo(100m));
    }
}
#endif
