#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Numinia.Components.Common;
using Numinia.Components.Tenants;
using Numinia.Infra.Plan;
using Numinia.Stacks.Config;
using Numinia.Stacks.Contract;
using NUnit.Framework;
using Pulumi;
using Pulumi.Offline;

namespace Numinia.Infra.Tests;

/// <summary>
/// Tenant stacks (Pulumi.prod-numinia.yaml): one organization in a stack of its own, reading the platform stack
/// through the outputs contract, planned against the platform stack's own plan.
/// </summary>
[NonParallelizable]
public sealed class TenantStackTests
{
    private const string Organization = "numinia";
    private const string OrganizationType = "numinia:tenants:Organization";

    private static PlanResult? s_inline;
    private static PlanResult? s_stacksPlatform;
    private static PlanResult? s_tenant;

    private static async Task<PlanResult> InlineAsync() => s_inline ??= await Planner.RunAsync(Harness.ProdConfig());

    private static async Task<PlanResult> StacksPlatformAsync() => s_stacksPlatform ??= await Planner.RunAsync(Harness.ProdConfig("tenancy=stacks"));

    private static async Task<PlanResult> TenantAsync()
        => s_tenant ??= await Planner.RunTenantAsync(TenantConfig(), TenantStackConfig.DefaultPlatformStack, await StacksPlatformAsync());

    private static StackConfigFile TenantConfig(params string[] overrides) => StackConfigFile.Load(Harness.RepoRoot, "prod-numinia", overrides);

    /// <summary>Rule: a tenant stack declares its organization and what it needs to reach the platform, nothing else.</summary>
    [Test]
    public async Task ATenantStackDeclaresExactlyItsOrganization()
    {
        var tenant = await TenantAsync();
        var organization = tenant.Resources.Single(r => r.Type == OrganizationType);
        var outside = tenant.Resources.Where(r => !InSubtree(tenant, r, organization.Urn)).Select(r => $"{r.Type}::{r.Name}");

        Assert.Multiple(() =>
        {
            Assert.That(organization.Name, Is.EqualTo(Organization));
            Assert.That(outside, Is.EquivalentTo(new[]
            {
                "pulumi:pulumi:Stack::numinia-infra-prod-numinia",
                "pulumi:pulumi:StackReference::platform",
                "pulumi:providers:aws::aws",
                "pulumi:providers:kubernetes::cluster-k8s",
            }));
            Assert.That(tenant.Resources.Single(r => r.Type == "pulumi:pulumi:StackReference").Inputs["name"], Is.EqualTo("numinia/numinia-infra/prod"));
            Assert.That(tenant.Outputs.Keys, Is.EquivalentTo(new[] { "organizations", "organization", "platformStack", "contractVersion" }));
        });
    }

    /// <summary>
    /// Rule: the tenant stack builds the organization exactly as the platform stack builds it inline: the same
    /// resources with the same names, types, parents, inputs, options and dependencies among them, and providers of
    /// the same configuration (so that a moved organization is not replaced). Only the stack's name and the
    /// dependencies on the platform's own resources (in another stack now) differ.
    /// </summary>
    [Test]
    public async Task TheTenantStackBuildsTheOrganizationAsThePlatformDoesInline()
    {
        var inline = await InlineAsync();
        var tenant = await TenantAsync();

        var fromInline = Subtree(inline, inline.Resources.Single(r => r.Type == OrganizationType && r.Name == Organization).Urn);
        var fromTenant = Subtree(tenant, tenant.Resources.Single(r => r.Type == OrganizationType).Urn);

        Assert.That(fromInline, Has.Count.EqualTo(55), "the organization's resources were found (12 of them its environments' Flux sync)");
        Assert.That(fromTenant.Keys, Is.EquivalentTo(fromInline.Keys), "the same resources");
        Assert.Multiple(() =>
        {
            foreach (var (urn, expected) in fromInline)
            {
                Assert.That(fromTenant[urn], Is.EqualTo(expected), urn);
            }
        });
    }

    /// <summary>
    /// Rule: the tenant stack's Kubernetes provider answers to the URN the platform's provider had (a child of the
    /// cluster component), so that the state of a moved organization names this provider, and nothing is replaced.
    /// </summary>
    [Test]
    public async Task TheTenantKubernetesProviderAliasesThePlatformOne()
    {
        var inline = await InlineAsync();
        var tenant = await TenantAsync();
        var platformProvider = inline.Resources.Single(r => r.Type == "pulumi:providers:kubernetes" && r.Name == "cluster-k8s").Urn;
        var tenantProvider = tenant.Resources.Single(r => r.Type == "pulumi:providers:kubernetes");

        Assert.That(tenantProvider.Options.Aliases,
            Does.Contain(platformProvider.Replace("urn:pulumi:prod::", "urn:pulumi:prod-numinia::", StringComparison.Ordinal)));
    }

    /// <summary>Rule: the organizations output of a tenant stack has the platform's shape and values for its organization.</summary>
    [Test]
    public async Task TheTenantStackPublishesItsOrganizationInTheContractShape()
    {
        var inline = await InlineAsync();
        var tenant = await TenantAsync();
        var expected = (ImmutableDictionary<string, object?>)inline.Outputs[PlatformOutputNames.Organizations]!;

        Assert.That(Describe(tenant.Outputs[PlatformOutputNames.Organizations]),
            Is.EqualTo(Describe(ImmutableDictionary<string, object?>.Empty.Add(Organization, expected[Organization]))));
        Assert.That(tenant.Outputs[PlatformOutputNames.ContractVersion], Is.EqualTo(PlatformContract.Version));
    }

    /// <summary>
    /// Rule: with tenancy: stacks the platform stack declares no organization, and its plan does not change when an
    /// organization (so a tenant stack) is added or removed.
    /// </summary>
    [Test]
    public async Task ThePlatformWithTenantStacksDoesNotDependOnTheOrganizations()
    {
        var platform = await StacksPlatformAsync();
        var oneMore = await Planner.RunAsync(Harness.ProdConfig("tenancy=stacks",
            $"organizations={TenantsSettings.LiveOrganizationsJson[..^1]},{{\"name\":\"acme\"}}]"));
        var fewer = await Planner.RunAsync(Harness.ProdConfig("tenancy=stacks", "organizations=[{\"name\":\"numinia\"}]"));

        Assert.Multiple(() =>
        {
            Assert.That(platform.Resources.Where(r => r.Type == OrganizationType), Is.Empty);
            Assert.That(Describe(platform.Outputs[PlatformOutputNames.Organizations]), Is.EqualTo("{}"));
            Assert.That(platform.Outputs[PlatformOutputNames.Tenancy], Is.EqualTo("stacks"));
            Assert.That(Fingerprint(oneMore), Is.EqualTo(Fingerprint(platform)), "an organization added");
            Assert.That(Fingerprint(fewer), Is.EqualTo(Fingerprint(platform)), "organizations removed");
        });
    }

    /// <summary>Rule: the platform publishes what a tenant stack reads (contract 1.2), from the config it ran with.</summary>
    [Test]
    public async Task ThePlatformPublishesWhatTenantStacksRead()
    {
        var inline = await InlineAsync();
        var kmsKey = inline.Resources.Single(r => r.Type == "aws:kms/key:Key" && r.Urn.Contains("numinia:cluster:EksCluster", StringComparison.Ordinal));
        Assert.Multiple(() =>
        {
            Assert.That(inline.Outputs[PlatformOutputNames.AccountId], Is.EqualTo(Harness.ProdConfig().Values["numinia-infra:accountId"]));
            Assert.That(inline.Outputs[PlatformOutputNames.Region], Is.EqualTo("eu-west-1"));
            Assert.That(Describe(inline.Outputs[PlatformOutputNames.DefaultTags]),
                Is.EqualTo("""{"Environment":"production","ManagedBy":"pulumi","Project":"numinia"}"""), "the AWS provider's default tags");
            Assert.That(inline.Outputs[PlatformOutputNames.KmsKeyArn], Is.EqualTo(kmsKey.Outputs["arn"]));
            Assert.That(Describe(inline.Outputs[PlatformOutputNames.DatabaseSubnetCidrs]), Is.EqualTo("[\"10.0.4.0/24\",\"10.0.5.0/24\",\"10.0.6.0/24\"]"));
            Assert.That(inline.Outputs[PlatformOutputNames.Tenancy], Is.EqualTo("inline"));
            Assert.That(inline.Outputs[PlatformOutputNames.ServiceCidr], Is.EqualTo("172.20.0.0/16"), "the pinned service range");
            Assert.That(inline.Outputs[PlatformOutputNames.ContractVersion], Is.EqualTo("1.2"));
        });
    }

    /// <summary>
    /// Rule: an organization needs none of the platform's values to be declared. The tenant stack passes the platform
    /// stack's outputs straight in, so that its resources are declared, and shown in a preview, whether or not those
    /// values are known yet; declared inside an <c>Apply</c> over them, they would be missing while they are unknown.
    /// </summary>
    [Test]
    public async Task TheOrganizationIsDeclaredWhileThePlatformsValuesAreUnknown()
    {
        var spec = ConfigReader.ReadTenantsOnly(_ => null).Organizations.Single(o => o.Name == Organization);
        var known = await DeclaredAsync(spec, Output.Create);
        var unknown = await DeclaredAsync(spec, Pulumi.Utilities.OutputUtilities.CreateUnknown);
        Assert.That(known, Has.Length.GreaterThan(40), "the organization's resources were found");
        Assert.That(unknown, Is.EquivalentTo(known));
    }

    // The names of the resources an organization declares, the platform's values made by output.
    private static async Task<string[]> DeclaredAsync(OrganizationSpec spec, Func<string, Output<string>> output)
    {
        Output<T> Parsed<T>(string text, Func<string, T> parse) => output(text).Apply(parse);
        var resources = await Harness.RunAsync(() =>
        {
            var cluster = new OrganizationCluster
            {
                Region = output("eu-west-1"),
                AccountId = output("111122223333"),
                Oidc = new Numinia.Components.Iam.OidcProvider { Arn = output("arn:aws:iam::111122223333:oidc-provider/oidc"), Issuer = output("oidc") },
                KmsKeyArn = output("arn:aws:kms:eu-west-1:111122223333:key/cluster"),
                KubernetesProvider = new Pulumi.Kubernetes.Provider("cluster-k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = output("{}") }),
            };
            _ = new Numinia.Components.Tenants.Organization(spec.Name, Numinia.Stacks.TenantWiring.Args(spec, new Numinia.Stacks.TenantWiring.Platform(cluster,
                output("production-numinia"), output("arn:aws:s3:::numinia-statics"), Parsed("10.0.0.0/16", Cidr.Parse),
                Parsed("10.0.4.0/24", text => ImmutableArray.Create(Cidr.Parse(text))), Parsed("172.20.0.0/16", Cidr.Parse))));
        });
        return resources.Select(r => r.GetResourceName()).ToArray();
    }

    /// <summary>Rule: a tenant stack refuses a platform that still builds its organization inline (two owners of one namespace).</summary>
    [Test]
    public async Task AnOrganizationStillInlineInThePlatformIsRefused()
    {
        var (code, _, error) = await Harness.PlanAsync("--stack", "prod-numinia");
        Assert.That(code, Is.EqualTo(PlanCommand.InvalidConfig), error);
        Assert.That(error, Does.Contain("The platform stack 'numinia/numinia-infra/prod' still builds the organization 'numinia' inline"));
    }

    /// <summary>Rule: the plan command plans a tenant stack, and its policy check passes.</summary>
    [Test]
    public async Task ThePlanCommandPlansAndChecksATenantStack()
    {
        var (code, output, error) = await Harness.PlanAsync("--stack", "prod-numinia", "--platform-config", "tenancy=stacks", "--policy", "--quiet");
        Assert.That(code, Is.EqualTo(0), error + output);
        Assert.That(output, Does.Contain($"Policy check of numinia-infra/prod-numinia: {Numinia.Infra.Policy.PolicyRules.All.Length} rules over 59 resources"));
        Assert.That(output, Does.Contain("Policy passed"));
    }

    /// <summary>Rule: an organization the tenant stack's list does not have fails before anything is planned, naming the known ones.</summary>
    [Test]
    public async Task AnUnknownOrganizationFailsNamingTheKnownOnes()
    {
        var (code, output, error) = await Harness.PlanAsync("--stack", "prod-numinia", "--config", "organization=acme");
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(PlanCommand.InvalidConfig), error);
            Assert.That(error, Does.Contain("numinia-infra:organization: 'acme' is not an organization of organizations (known: active-inference, numen-games, numinia, r3s3t)"));
            Assert.That(output, Is.Empty);
        });
    }

    /// <summary>Rule: a platform stack without an output the tenant reads fails with the contract's message naming it.</summary>
    [Test]
    public async Task AMissingPlatformOutputFailsNamingIt()
    {
        var platform = await StacksPlatformAsync();
        var withoutKey = platform with { Outputs = platform.Outputs.Remove(PlatformOutputNames.KmsKeyArn) };
        var error = Assert.CatchAsync<RunException>(async () => await Planner.RunTenantAsync(TenantConfig(), TenantStackConfig.DefaultPlatformStack, withoutKey));
        Assert.That(error!.Message, Does.Contain($"has no output 'kmsKeyArn', which contract {PlatformContract.Version} names"));
    }

    /// <summary>Rule: a platform stack of another contract major is refused with the contract's message.</summary>
    [Test]
    public async Task APlatformOfAnotherContractMajorIsRefused()
    {
        var platform = await StacksPlatformAsync();
        var newer = platform with { Outputs = platform.Outputs.SetItem(PlatformOutputNames.ContractVersion, "2.0") };
        var error = Assert.CatchAsync<RunException>(async () => await Planner.RunTenantAsync(TenantConfig(), TenantStackConfig.DefaultPlatformStack, newer));
        Assert.That(error!.Message, Does.Contain("publishes outputs contract 2.0, but this program was built for contract 1.x"));
    }

    // The resources under a root, keyed by their URN without the stack's name, each described by what an update compares.
    private static Dictionary<string, string> Subtree(PlanResult plan, string root)
    {
        var byUrn = plan.Resources.ToDictionary(r => r.Urn, StringComparer.Ordinal);
        var inside = plan.Resources.Where(r => InSubtree(plan, r, root)).Select(r => r.Urn).ToHashSet(StringComparer.Ordinal);
        string Local(string urn) => urn
            .Replace($"urn:pulumi:{plan.Stack}::", "urn:pulumi:STACK::", StringComparison.Ordinal)
            .Replace($"pulumi:pulumi:Stack::{plan.Project}-{plan.Stack}", "pulumi:pulumi:Stack::STACK", StringComparison.Ordinal);
        string Provider(string? reference)
        {
            if (reference is null)
            {
                return "none";
            }

            var provider = plan.Resources.Single(p => reference == p.Urn || reference.StartsWith(p.Urn + "::", StringComparison.Ordinal));
            return $"{provider.Type}::{provider.Name} {Describe(provider.Inputs)}";
        }

        return plan.Resources.Where(r => inside.Contains(r.Urn)).ToDictionary(
            r => Local(r.Urn),
            r => string.Join("\n",
                $"type={r.Type} name={r.Name} custom={r.Custom} parent={(r.ParentUrn is null ? "none" : Local(r.ParentUrn))}",
                $"provider={Provider(r.ProviderUrn)}",
                $"dependsOn={string.Join(",", r.DependencyUrns.Where(inside.Contains).Select(Local).Order(StringComparer.Ordinal))}",
                $"options={r.Options with { ResourceTransforms = [] }} aliases={string.Join(",", r.Options.Aliases)} ignore={string.Join(",", r.Options.IgnoreChanges)}",
                $"inputs={Describe(r.Inputs)}"),
            StringComparer.Ordinal);
    }

    private static bool InSubtree(PlanResult plan, ResourceRegistration resource, string root)
    {
        var byUrn = plan.Resources.ToDictionary(r => r.Urn, StringComparer.Ordinal);
        for (var current = resource; current is not null; current = current.ParentUrn is { } parent ? byUrn[parent] : null)
        {
            if (current.Urn == root)
            {
                return true;
            }
        }

        return false;
    }

    // Every resource of a plan with its inputs, providers and dependencies: equal fingerprints are equal plans.
    private static string Fingerprint(PlanResult plan)
        => string.Join("\n", plan.Resources.Select(r => $"{r.Urn} {r.ProviderUrn} {string.Join(",", r.DependencyUrns)} {Describe(r.Inputs)}"));

    // A serialized value as JSON, secrets with their contents (a difference under a secret counts too).
    private static string Describe(object? value) => ToNode(value)?.ToJsonString() ?? "null";

    private static JsonNode? ToNode(object? value) => value switch
    {
        SecretValue secret => new JsonObject { ["secret"] = ToNode(secret.Value) },
        ImmutableDictionary<string, object?> map => new JsonObject(map.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, ToNode(p.Value)))),
        ImmutableArray<object?> list => new JsonArray(list.Select(ToNode).ToArray()),
        _ => PlanReport.ToJsonNode(value),
    };
}
#endif
