#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Infra.Plan;
using Numinia.Infra.Policy;
using NUnit.Framework;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>The policy over the prod plan, and <c>plan --policy</c> as a person or CI runs it.</summary>
[NonParallelizable]
public sealed class PolicyCommandTests
{
    private static Task<(int Code, string Out, string Err)> PlanAsync(params string[] args) => Harness.PlanAsync(args);

    private static PlanResult FailingPlan(out ResourceRegistration unrotatedKey)
    {
        var fixture = new PlanFixture();
        unrotatedKey = fixture.KmsKey("unrotated", rotate: false);
        fixture.Add(PolicyTokens.RdsCluster, "db", new
        {
            storageEncrypted = true,
            deletionProtection = true,
            backupRetentionPeriod = 7,
            iamDatabaseAuthenticationEnabled = true,
        }, protect: true);
        return new PlanResult("numinia-infra", "test", fixture.Resources, ImmutableDictionary<string, object?>.Empty);
    }

    [Test]
    public async Task TheProdPlanPassesEveryMandatoryRule()
    {
        var report = PolicyRunner.Run(await Planner.RunAsync(Harness.ProdConfig()));
        var failures = report.Results.Where(r => r.Outcome == PolicyOutcome.Fail)
            .SelectMany(r => r.Violations.Select(v => $"{r.Rule.Id}: {v.Urn}: {v.Message}")
                .Concat(r.Error is null ? [] : [$"{r.Rule.Id}: could not run: {r.Error}"]))
            .ToArray();
        Assert.That(failures, Is.Empty, string.Join(Environment.NewLine, failures));
        Assert.That(report.Passed, Is.True);
        Assert.That(report.Results.Length, Is.EqualTo(PolicyRules.All.Length));
    }

    [Test]
    public async Task PlanPolicyReportsEveryRuleOfAPassingStackAndExitsZero()
    {
        var file = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        try
        {
            var (code, output, _) = await PlanAsync("--policy", "--policy-json", file);
            Assert.That(code, Is.Zero, output);
            Assert.That(output, Does.Contain("Policy check of numinia-infra/prod:"));
            Assert.That(output, Does.Match(@"PASS\s+eks-endpoint-private\s+mandatory"));
            Assert.That(output, Does.Match(@"PASS\s+stateful-resources-protected\s+mandatory"));
            Assert.That(output, Does.Contain("Policy passed:"));
            Assert.That(output, Does.Not.Contain("Previewing"), "the report replaces the tree");
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            Assert.That(json.RootElement.GetProperty("passed").GetBoolean(), Is.True);
            Assert.That(json.RootElement.GetProperty("rules").GetArrayLength(), Is.EqualTo(PolicyRules.All.Length));
            Assert.That(json.RootElement.GetProperty("summary").GetProperty("failed").GetInt32(), Is.Zero);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task APlanFailingAMandatoryRuleExitsWithPolicyFailedAndNamesTheResource()
    {
        var plan = FailingPlan(out var key);
        var file = Path.Combine(Path.GetTempPath(), $"policy-{Guid.NewGuid():N}.json");
        try
        {
            var output = new StringWriter();
            var code = await PolicyCommand.RunAsync(plan, file, output);
            Assert.That(code, Is.EqualTo(PlanCommand.PolicyFailed));
            Assert.That(PlanCommand.PolicyFailed, Is.Not.Zero.And.Not.EqualTo(PlanCommand.InvalidConfig).And.Not.EqualTo(PlanCommand.Usage));
            var text = output.ToString();
            Assert.That(text, Does.Match(@"FAIL\s+kms-key-rotation\s+mandatory"));
            Assert.That(text, Does.Contain(key.Urn));
            Assert.That(text, Does.Contain("enableKeyRotation is false"));
            Assert.That(text, Does.Match(@"WARN\s+rds-multi-az\s+advisory"), "an advisory rule warns");
            Assert.That(text, Does.Contain("Policy FAILED: 1 mandatory rules failed, 1 advisory warned"));

            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
            Assert.That(json.RootElement.GetProperty("passed").GetBoolean(), Is.False);
            var rule = json.RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "kms-key-rotation");
            Assert.That(rule.GetProperty("status").GetString(), Is.EqualTo("fail"));
            var violation = rule.GetProperty("violations")[0];
            Assert.That(violation.GetProperty("urn").GetString(), Is.EqualTo(key.Urn));
            Assert.That(violation.GetProperty("type").GetString(), Is.EqualTo(PolicyTokens.KmsKey));
            Assert.That(violation.GetProperty("name").GetString(), Is.EqualTo("unrotated"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public async Task AnAdvisoryWarningAloneExitsZero()
    {
        var fixture = new PlanFixture();
        fixture.Add(PolicyTokens.RdsCluster, "db", new
        {
            storageEncrypted = true,
            deletionProtection = true,
            backupRetentionPeriod = 7,
            iamDatabaseAuthenticationEnabled = true,
        }, protect: true);
        var output = new StringWriter();
        var code = await PolicyCommand.RunAsync(new PlanResult("numinia-infra", "test", fixture.Resources, ImmutableDictionary<string, object?>.Empty), null, output);
        Assert.That(code, Is.Zero);
        Assert.That(output.ToString(), Does.Contain($"Policy passed: {PolicyRules.All.Length - 1} rules passed, 1 advisory warned."));
    }
}
#endif
