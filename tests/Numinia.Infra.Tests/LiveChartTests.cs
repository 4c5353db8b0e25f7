#if PULUMI_OFFLINE
using System.Collections;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Common;
using Numinia.Components.Tenants;
using Numinia.Infra.Plan;
using NUnit.Framework;
using Pulumi.Offline;
using static Numinia.Infra.Tests.LiveChartFixture;

namespace Numinia.Infra.Tests;

/// <summary>
/// The live chart (hyperfy2-knative 0.4.7) on the new platform: each check runs the objects of two live applications
/// (portfolio in numen-games-pre, multiplex in numinia) against the prod plan, in their live form and in the changed form
/// the cutover puts in the repository (docs/live-chart.md). Where the chart must change, the live form fails and the
/// changed form passes; where the platform accepts the live form, both pass.
/// </summary>
public sealed partial class LiveChartTests
{
    private const string Region = "eu-west-1";

    private static Task<PlanResult> PlanAsync() => Harness.ProdPlanAsync();

    private static IEnumerable<ResourceRegistration> OfType(PlanResult plan, string type) => plan.Resources.Where(r => r.Type == type);

    private static object? At(ResourceRegistration resource, params object[] path) => Harness.At(resource.Inputs, path);

    private static ResourceRegistration Release(PlanResult plan, string chart)
        => OfType(plan, "kubernetes:helm.sh/v3:Release").Single(r => (string?)r.Inputs["chart"] == chart);

    /// <summary>
    /// The versions each pinned chart's CRDs serve, read from the CRDs at the pinned tag. A plan pinning a version not
    /// listed here fails the check: the CRDs must be read again at the new version.
    /// </summary>
    private static readonly ImmutableDictionary<(string Source, string Version), ImmutableDictionary<string, string[]>> s_served =
        new Dictionary<(string, string), ImmutableDictionary<string, string[]>>
        {
            // external-secrets/external-secrets helm-chart-2.9.0, config/crds/bases/external-secrets.io_externalsecrets.yaml
            // (templated into the chart with installCRDs): v1 served and stored; v1beta1 deprecated, served: false.
            [("external-secrets", "2.9.0")] = Served(("external-secrets.io/ExternalSecret", ["v1"])),
            // knative/operator knative-v1.23.0, cmd/operator/kodata/knative-serving/1.23.0/1-serving-crds.yaml (the CRDs the
            // operator installs): services.serving.knative.dev serves v1; domainmappings.serving.knative.dev only v1beta1.
            [("knative-serving", "1.23.0")] = Served(("serving.knative.dev/Service", ["v1"]), ("serving.knative.dev/DomainMapping", ["v1beta1"])),
            // fluxcd-community/helm-charts flux2-2.18.3, charts/flux2/templates/helm-controller.crds.yaml: HelmRelease serves v2 only.
            [("flux2", "2.18.3")] = Served(("helm.toolkit.fluxcd.io/HelmRelease", ["v2"])),
        }.ToImmutableDictionary();

    private static ImmutableDictionary<string, string[]> Served(params (string Kind, string[] Versions)[] kinds)
        => kinds.ToImmutableDictionary(k => k.Kind, k => k.Versions);

    /// <summary>The versions the plan's pinned CRDs serve, by group/kind; the core group's kinds serve v1.</summary>
    private static Dictionary<string, string[]> ServedByPlan(PlanResult plan)
    {
        var knative = OfType(plan, "kubernetes:operator.knative.dev/v1beta1:KnativeServing").Single();
        var pins = new[]
        {
            ("external-secrets", (string)Release(plan, "external-secrets").Inputs["version"]!),
            ("knative-serving", (string)At(knative, "spec", "version")!),
            ("flux2", (string)Release(plan, "flux2").Inputs["version"]!),
        };
        var served = new Dictionary<string, string[]> { ["/ConfigMap"] = ["v1"], ["/Namespace"] = ["v1"], ["/ServiceAccount"] = ["v1"] };
        foreach (var pin in pins)
        {
            Assert.That(s_served.ContainsKey(pin), Is.True, $"{pin.Item1} {pin.Item2}: read the served versions from its CRDs at that tag");
            foreach (var (kind, versions) in s_served[pin])
            {
                served[kind] = versions;
            }
        }

        return served;
    }

    private static IEnumerable<TestCaseData> ChartChangeCases() => Cases((_, form) => form == ChartForm.Changed);

    private static IEnumerable<TestCaseData> PlatformAcceptsCases() => Cases((_, _) => true);

    /// <summary>Rule: every object of the application is of an API version its pinned CRDs serve (the live ExternalSecret's v1beta1 is not).</summary>
    [TestCaseSource(nameof(ChartChangeCases))]
    public async Task EveryObjectUsesAnApiVersionThePinnedCrdsServe(LiveApp app, ChartForm form, bool passes)
    {
        var served = ServedByPlan(await PlanAsync());
        var unserved = Rendered(app, form).Concat(Applied(app, form))
            .Where(o => !served.TryGetValue($"{o.Group}/{o.Kind}", out var versions) || !versions.Contains(o.Version))
            .Select(o => o.ToString()).ToArray();
        Assert.That(unserved, passes ? Is.Empty : Is.Not.Empty);
    }

    /// <summary>
    /// Rule: the HelmRelease's chart source is the GitRepository of its own namespace, which the plan creates. With the
    /// lockdown, helm-controller refuses a source in another namespace (fluxcd/helm-controller v1.5.3, the version flux2
    /// 2.18.3 deploys: internal/reconcile/helmchart_template.go takes the HelmChart's namespace from
    /// <c>sourceRef.namespace</c>, else the HelmRelease's, and internal/acl/acl.go AllowsAccessTo denies any other
    /// namespace unless cross-namespace references are allowed).
    /// </summary>
    [TestCaseSource(nameof(ChartChangeCases))]
    public async Task TheHelmReleasesChartSourceIsItsOwnNamespacesGitRepository(LiveApp app, ChartForm form, bool passes)
    {
        var plan = await PlanAsync();
        var release = Applied(app, form).Single("HelmRelease");
        var sourceRef = release.At("spec", "chart", "spec", "sourceRef");
        var sourceNamespace = (string?)Harness.At(sourceRef, "namespace") ?? release.Namespace;
        var crossNamespaceAllowed = Harness.At(Release(plan, "flux2").Inputs["values"], "multitenancy", "enabled") is not true;
        var reachable = (crossNamespaceAllowed || sourceNamespace == release.Namespace)
            && (string?)Harness.At(sourceRef, "kind") == "GitRepository"
            && OfType(plan, "kubernetes:source.toolkit.fluxcd.io/v1:GitRepository")
                .Any(g => (string?)At(g, "metadata", "namespace") == sourceNamespace && (string?)At(g, "metadata", "name") == (string?)Harness.At(sourceRef, "name"));
        Assert.That(reachable, Is.EqualTo(passes), $"{app}: sourceRef {sourceNamespace}/{Harness.At(sourceRef, "name")}");
    }

    /// <summary>The resource (plural) of each kind the chart and the folders hold.</summary>
    private static readonly ImmutableDictionary<string, string> s_resources = new Dictionary<string, string>
    {
        ["Service"] = "services",
        ["DomainMapping"] = "domainmappings",
        ["ExternalSecret"] = "externalsecrets",
        ["HelmRelease"] = "helmreleases",
        ["ConfigMap"] = "configmaps",
        ["Namespace"] = "namespaces",
        ["ServiceAccount"] = "serviceaccounts",
    }.ToImmutableDictionary();

    /// <summary>
    /// Rule: the account helm-controller acts as may apply the chart's objects and keep Helm's release records. It
    /// impersonates the HelmRelease's <c>serviceAccountName</c>, else the lockdown's default account (v1.5.3
    /// internal/controller/helmrelease_controller.go buildRESTClientGetter, internal/kube/impersonate.go), and stores each
    /// release as a Secret of the namespace through it (internal/action/config.go DefaultStorageDriver = secrets).
    /// </summary>
    [TestCaseSource(nameof(ChartChangeCases))]
    public async Task TheHelmReleasesAccountMayApplyTheChartAndStoreItsRelease(LiveApp app, ChartForm form, bool passes)
    {
        var plan = await PlanAsync();
        var rbac = new RbacModel(plan.Resources);
        var release = Applied(app, form).Single("HelmRelease");
        var account = (string?)release.At("spec", "serviceAccountName")
            ?? (string?)Harness.At(Release(plan, "flux2").Inputs["values"], "multitenancy", "defaultServiceAccount") ?? "default";
        var requests = Rendered(app, form).SelectMany(o => new[] { "create", "get", "patch", "delete" }.Select(v => (v, o.Group, s_resources[o.Kind])))
            .Concat(new[] { "create", "get", "list", "update", "delete" }.Select(v => (v, "", "secrets")));
        var refused = requests.Where(q => !rbac.Allows(app.Namespace, account, q.Item1, q.Item2, q.Item3, app.Namespace)).ToArray();
        Assert.That(refused, passes ? Is.Empty : Is.Not.Empty, $"{app}: as {account}");
    }

    /// <summary>
    /// Rule: the environment folder applies only what the namespace's reconciler may apply there: no Namespace and no
    /// ServiceAccount (the platform makes both), which the live org-config overlays hold.
    /// </summary>
    [TestCaseSource(nameof(ChartChangeCases))]
    public async Task TheEnvironmentFolderAppliesOnlyWhatItsReconcilerMay(LiveApp app, ChartForm form, bool passes)
    {
        var rbac = new RbacModel((await PlanAsync()).Resources);
        var refused = Applied(app, form)
            .Where(o => !new[] { "create", "patch" }.All(v => rbac.Allows(app.Namespace, Organization.FluxReconcilerName, v, o.Group, s_resources[o.Kind], o.Namespace ?? "")))
            .Select(o => o.ToString()).ToArray();
        Assert.That(refused, passes ? Is.Empty : Is.Not.Empty);
    }

    /// <summary>
    /// Rule: the store the ExternalSecret names is reachable from its namespace: a SecretStore of that name in the namespace,
    /// or a ClusterSecretStore whose conditions select the namespace (external-secrets v2.9.0,
    /// pkg/controllers/secretstore/client_manager.go shouldProcessSecret: a namespaceSelector or namespaces entry that
    /// matches the namespace's labels, or a namespaceRegexes entry). The platform's ClusterSecretStore stays closed to tenants.
    /// </summary>
    [TestCaseSource(nameof(ChartChangeCases))]
    public async Task TheSecretStoreTheExternalSecretNamesIsReachableFromItsNamespace(LiveApp app, ChartForm form, bool passes)
    {
        var plan = await PlanAsync();
        var reference = Rendered(app, form).Single("ExternalSecret").At("spec", "secretStoreRef");
        var (kind, name) = ((string?)Harness.At(reference, "kind") ?? "SecretStore", (string)Harness.At(reference, "name")!);
        bool reachable;
        if (kind == "ClusterSecretStore")
        {
            var labels = (IDictionary)At(OfType(plan, "kubernetes:core/v1:Namespace").Single(n => (string?)At(n, "metadata", "name") == app.Namespace), "metadata", "labels")!;
            reachable = OfType(plan, "kubernetes:external-secrets.io/v1:ClusterSecretStore").Where(s => (string?)At(s, "metadata", "name") == name)
                .Any(s => StoreAdmits(s, app.Namespace, labels));
        }
        else
        {
            reachable = OfType(plan, "kubernetes:external-secrets.io/v1:SecretStore")
                .Any(s => (string?)At(s, "metadata", "namespace") == app.Namespace && (string?)At(s, "metadata", "name") == name);
        }

        Assert.That(reachable, Is.EqualTo(passes), $"{app}: {kind} {name}");
    }

    private static bool StoreAdmits(ResourceRegistration store, string ns, IDictionary labels)
    {
        var conditions = At(store, "spec", "conditions") as IList;
        if (conditions is null || conditions.Count == 0)
        {
            return true;
        }

        return conditions.Cast<object>().Any(c =>
            (Harness.At(c, "namespaceSelector") is { } selector && SelectorMatches(selector, labels))
            || (Harness.At(c, "namespaces") is IList names && names.Cast<object>().Contains(ns))
            || (Harness.At(c, "namespaceRegexes") is IList regexes && regexes.Cast<string>().Any(r => Regex.IsMatch(ns, r))));
    }

    /// <summary>A label selector as Kubernetes evaluates it (apimachinery pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector).</summary>
    private static bool SelectorMatches(object selector, IDictionary labels)
    {
        var matchLabels = Harness.At(selector, "matchLabels") as IDictionary;
        var expressions = (Harness.At(selector, "matchExpressions") as IList)?.Cast<object>() ?? [];
        return (matchLabels is null || matchLabels.Keys.Cast<string>().All(k => labels.Contains(k) && Equals(labels[k], matchLabels[k])))
            && expressions.All(e =>
            {
                var key = (string)Harness.At(e, "key")!;
                var values = (Harness.At(e, "values") as IList)?.Cast<object>().ToArray() ?? [];
                return (string?)Harness.At(e, "operator") switch
                {
                    "In" => labels.Contains(key) && values.Contains(labels[key]),
                    "NotIn" => !labels.Contains(key) || !values.Contains(labels[key]),
                    "Exists" => labels.Contains(key),
                    "DoesNotExist" => !labels.Contains(key),
                    _ => false,
                };
            });
    }

    /// <summary>
    /// Rule: the Knative Service runs as the platform's workload account of its namespace (named as the namespace), which
    /// carries the environment's IRSA role, trusted for that account only. The platform accepts the live form.
    /// </summary>
    [TestCaseSource(nameof(PlatformAcceptsCases))]
    public async Task TheServiceAccountIsThePlatformsWithItsEnvironmentsRole(LiveApp app, ChartForm form, bool passes)
    {
        var plan = await PlanAsync();
        var account = (string)Rendered(app, form).Single("Service").At("spec", "template", "spec", "serviceAccountName")!;
        var prefix = $"{app.Organization}-{app.Environment}";
        var sa = OfType(plan, "kubernetes:core/v1:ServiceAccount")
            .SingleOrDefault(s => (string?)At(s, "metadata", "namespace") == app.Namespace && (string?)At(s, "metadata", "name") == account);
        var role = plan.Resources.Single(r => r.Name == $"{prefix}-irsa-role");
        var trusted = PolicyDocument.FromJson((string)role.Inputs["assumeRolePolicy"]!).Statement
            .SelectMany(s => s.Condition?.Values.SelectMany(c => c.Values.SelectMany(v => v)) ?? []);
        var ok = sa is not null
            && ((string?)At(sa, "metadata", "annotations", "eks.amazonaws.com/role-arn"))?.Contains($":role/{prefix}-irsa-role", StringComparison.Ordinal) == true
            && trusted.Contains($"system:serviceaccount:{app.Namespace}:{account}");
        Assert.That(ok, Is.EqualTo(passes), $"{app}: {app.Namespace}/{account}");
    }

    /// <summary>The tenant environments' role policies of the plan, by <c>&lt;org&gt;-&lt;env&gt;</c>.</summary>
    private static Dictionary<string, PolicyDocument> TenantPolicies(PlanResult plan)
    {
        var environments = OfType(plan, "kubernetes:core/v1:Namespace")
            .Select(n => (IDictionary?)At(n, "metadata", "labels"))
            .Where(l => l is not null && l.Contains("numinia.xyz/organization"))
            .Select(l => $"{l!["numinia.xyz/organization"]}-{l["numinia.xyz/environment"]}").ToHashSet();
        return plan.Resources.Where(r => r.Type == "aws:iam/rolePolicy:RolePolicy" && r.Name.EndsWith("-irsa-policy", StringComparison.Ordinal))
            .Where(r => environments.Contains(r.Name[..^"-irsa-policy".Length]))
            .ToDictionary(r => r.Name[..^"-irsa-policy".Length], r => PolicyDocument.FromJson((string)r.Inputs["policy"]!));
    }

    /// <summary>
    /// Whether an identity policy allows an action on a resource, as IAM matches them: in Action and Resource, <c>*</c>
    /// matches any run of characters and <c>?</c> any one (IAM User Guide, "IAM JSON policy elements: Resource", wildcards
    /// in ARNs). Conditions are taken as met, so that a check of what a policy does not allow cannot pass by a condition.
    /// </summary>
    public static bool IamAllows(PolicyDocument policy, string action, string resource)
    {
        static bool Like(string pattern, string value)
            => Regex.IsMatch(value, "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        bool Applies(PolicyStatement s) => s.Action.Any(a => Like(a, action)) && (s.Resource ?? []).Any(r => Like(r, resource));
        return policy.Statement.Any(s => s.Effect == "Allow" && Applies(s)) && !policy.Statement.Any(s => s.Effect == "Deny" && Applies(s));
    }

    /// <summary>The ARN Secrets Manager gives a secret: its name, '-' and six random characters (Secrets Manager API Reference, CreateSecret).</summary>
    private static string SecretArn(string name, string suffix = "Ab3dE9") => $"arn:aws:secretsmanager:{Region}:111122223333:secret:{name}-{suffix}";

    /// <summary>
    /// Rule: the secrets the ExternalSecret names are readable by its environment's role and by no other tenant's
    /// (the live names <c>hyperfy2-&lt;org&gt;-&lt;app&gt;-&lt;env&gt;</c>: the platform accepts them through
    /// <c>liveSecretNames</c>, so both clusters read the same secrets during the cutover).
    /// </summary>
    [TestCaseSource(nameof(PlatformAcceptsCases))]
    public async Task TheSecretsTheExternalSecretNamesAreReadableByItsRoleAndNoOtherTenants(LiveApp app, ChartForm form, bool passes)
    {
        var policies = TenantPolicies(await PlanAsync());
        var own = $"{app.Organization}-{app.Environment}";
        var keys = ((IEnumerable)Rendered(app, form).Single("ExternalSecret").At("spec", "data")!).Cast<object>()
            .Select(d => (string)Harness.At(d, "remoteRef", "key")!).Distinct().ToArray();
        Assert.That(policies.Keys, Has.Count.EqualTo(8).And.Contain(own), "the four organizations' eight environments");
        var ok = keys.All(k => IamAllows(policies[own], "secretsmanager:GetSecretValue", SecretArn(k)))
            && !policies.Where(p => p.Key != own).Any(p => keys.Any(k => IamAllows(p.Value, "secretsmanager:GetSecretValue", SecretArn(k))));
        Assert.That(ok, Is.EqualTo(passes), $"{app}: {string.Join(", ", keys)}");
    }

    /// <summary>
    /// Rule: over every organization and environment of the plan and candidate application names (hyphens, names of
    /// environments and organizations included), each environment's role reads a live secret name only when it is its own.
    /// </summary>
    [Test]
    public async Task LiveSecretPatternsMatchOnlyTheirOwnEnvironmentsSecrets()
    {
        var policies = TenantPolicies(await PlanAsync());
        var organizations = OrganizationsOf(policies.Keys);
        var apps = new[] { "portfolio", "multiplex", "adventure-import", "r3s3t", "pre", "pro", "x-pre", "pro-pre", "numinia", "numen-games", "a" }
            .Concat(organizations).Distinct().ToArray();
        var leaks = new List<string>();
        foreach (var (owner, _) in policies)
        {
            foreach (var app in apps)
            {
                var arn = SecretArn(LiveName(owner, app), "z9Y8x7");
                leaks.AddRange(policies.Where(p => IamAllows(p.Value, "secretsmanager:GetSecretValue", arn) != (p.Key == owner)).Select(p => $"{p.Key} on {arn}"));
            }
        }

        Assert.That(leaks, Is.Empty);
    }

    /// <summary>
    /// Rule: the live secrets add reading, never decrypting: the statement naming them allows GetSecretValue and
    /// DescribeSecret only, and no kms statement names them. Made outside any code with no key named, they are under the
    /// AWS-managed key aws/secretsmanager, whose key policy lets the account's principals decrypt through Secrets Manager.
    /// </summary>
    [Test]
    public async Task LiveSecretNamesAddNoKmsGrant()
    {
        var statements = TenantPolicies(await PlanAsync()).Values.SelectMany(p => p.Statement)
            .Where(s => (s.Resource ?? []).Concat(s.Condition?.Values.SelectMany(c => c.Values.SelectMany(v => v)) ?? []).Any(r => r.Contains(":secret:hyperfy2-", StringComparison.Ordinal)))
            .ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(statements, Has.Length.EqualTo(8), "one per environment");
            Assert.That(statements.SelectMany(s => s.Action).Distinct(), Is.EquivalentTo(new[] { "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret" }));
        });
    }

    private static string[] OrganizationsOf(IEnumerable<string> environments) => environments.Select(e => e[..e.LastIndexOf('-')]).Distinct().ToArray();

    /// <summary>The live secret name of an application of an environment <c>&lt;org&gt;-&lt;env&gt;</c>: <c>hyperfy2-&lt;org&gt;-&lt;app&gt;-&lt;env&gt;</c>.</summary>
    private static string LiveName(string environment, string app)
    {
        var split = environment.LastIndexOf('-');
        return $"hyperfy2-{environment[..split]}-{app}-{environment[(split + 1)..]}";
    }
}
#endif
