#if PULUMI_OFFLINE
using System.Collections;
using System.Globalization;
using Numinia.Infra.Plan;
using NUnit.Framework;
using Pulumi.Offline;
using static Numinia.Infra.Tests.LiveChartFixture;

namespace Numinia.Infra.Tests;

// The revision's pod: what Knative admits and adds, what Pod Security admits, what the kubelet starts, the timeout,
// and the DomainMapping's certificate.
public sealed partial class LiveChartTests
{
    /// <summary>
    /// The image's user: ghcr.io/numengames/numinia-hyperfy2 is built by numengames/numinia-hyperfy2's Dockerfile
    /// (node:22.11.0-alpine, <c>adduser -S nodeuser -u 1001</c>, no <c>USER</c>: upstream hyperfy removed it in
    /// dd7ecf1, "docker user cant access world folder"), so it runs as root; the server writes the world folder
    /// <c>/app/&lt;WORLD&gt;</c> (src/server/index.js: rootDir is /app, worldDir rootDir + WORLD) under the root-owned WORKDIR.
    /// </summary>
    private const int ImageUser = 0;

    /// <summary>
    /// Knative Serving's feature flags as the plan sets them, over the defaults of the pinned version (knative/serving
    /// knative-v1.23.0 pkg/apis/config/features.go: secure-pod-defaults Disabled, kubernetes.podspec-volumes-emptydir Enabled).
    /// </summary>
    private static (string SecurePodDefaults, string EmptyDir) KnativeFeatures(PlanResult plan)
    {
        var features = At(OfType(plan, "kubernetes:operator.knative.dev/v1beta1:KnativeServing").Single(), "spec", "config", "features") as IDictionary;
        string Flag(string key, string fallback) => features?.Contains(key) == true ? (string)features[key]! : fallback;
        return (Flag("secure-pod-defaults", "Disabled"), Flag("kubernetes.podspec-volumes-emptydir", "Enabled"));
    }

    /// <summary>The user container's securityContext after Knative's defaulting (pkg/apis/serving/v1/revision_defaults.go defaultSecurityContext).</summary>
    private static IReadOnlyDictionary<string, object?> DefaultedSecurityContext(KubeObject service, string securePodDefaults)
    {
        var given = service.At("spec", "template", "spec", "containers", 0, "securityContext") as IReadOnlyDictionary<string, object?>;
        var context = given is null ? new Dictionary<string, object?>() : given.ToDictionary(e => e.Key, e => e.Value);
        if (securePodDefaults.Equals("Enabled", StringComparison.OrdinalIgnoreCase) || securePodDefaults.Equals("AllowRootBounded", StringComparison.OrdinalIgnoreCase))
        {
            context.TryAdd("allowPrivilegeEscalation", "false");
            context.TryAdd("seccompProfile", new Dictionary<string, object?> { ["type"] = "RuntimeDefault" });
            context.TryAdd("capabilities", new Dictionary<string, object?> { ["drop"] = new List<object?> { "ALL" } });
            if (securePodDefaults.Equals("Enabled", StringComparison.OrdinalIgnoreCase))
            {
                context.TryAdd("runAsNonRoot", "true");
            }
        }

        return context;
    }

    /// <summary>The queue-proxy sidecar Knative adds to every revision (pkg/reconciler/revision/resources/queue.go queueSecurityContext).</summary>
    private static readonly IReadOnlyDictionary<string, object?> s_queueProxy = new Dictionary<string, object?>
    {
        ["allowPrivilegeEscalation"] = "false",
        ["readOnlyRootFilesystem"] = "true",
        ["runAsNonRoot"] = "true",
        ["capabilities"] = new Dictionary<string, object?> { ["drop"] = new List<object?> { "ALL" } },
        ["seccompProfile"] = new Dictionary<string, object?> { ["type"] = "RuntimeDefault" },
    };

    private static bool IsTrue(object? value) => value is true || (value is string s && s.Equals("true", StringComparison.OrdinalIgnoreCase));

    private static bool IsFalse(object? value) => value is false || (value is string s && s.Equals("false", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// What Pod Security's restricted level refuses in a pod (kubernetes/kubernetes v1.35.0,
    /// staging/src/k8s.io/pod-security-admission/policy/: check_privileged.go, check_hostNamespaces.go,
    /// check_allowPrivilegeEscalation.go, check_runAsNonRoot.go, check_runAsUser.go, check_seccompProfile_restricted.go,
    /// check_capabilities_restricted.go, check_restrictedVolumes.go). A container field overrides the pod's.
    /// </summary>
    private static List<string> RestrictedViolations(IReadOnlyDictionary<string, object?>? pod, object? volumes, params (string Name, IReadOnlyDictionary<string, object?> Context)[] containers)
    {
        var violations = new List<string>();
        var restrictedVolumes = new[] { "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret", "image", "name" };
        foreach (var volume in (volumes as IEnumerable)?.Cast<IReadOnlyDictionary<string, object?>>() ?? [])
        {
            violations.AddRange(volume.Keys.Where(k => !restrictedVolumes.Contains(k)).Select(k => $"volume {volume["name"]}: {k}"));
        }

        foreach (var key in new[] { "hostNetwork", "hostPID", "hostIPC" }.Where(k => pod is not null && IsTrue(pod.GetValueOrDefault(k))))
        {
            violations.Add(key);
        }

        var podContext = pod?.GetValueOrDefault("securityContext") as IReadOnlyDictionary<string, object?>;
        foreach (var (name, context) in containers)
        {
            object? Effective(string field) => context.GetValueOrDefault(field) ?? podContext?.GetValueOrDefault(field);
            if (IsTrue(context.GetValueOrDefault("privileged")))
            {
                violations.Add($"{name}: privileged");
            }

            if (!IsFalse(context.GetValueOrDefault("allowPrivilegeEscalation")))
            {
                violations.Add($"{name}: allowPrivilegeEscalation is not false");
            }

            if (!IsTrue(Effective("runAsNonRoot")))
            {
                violations.Add($"{name}: runAsNonRoot is not true");
            }

            if (Effective("runAsUser") is { } user && Convert.ToInt64(user, CultureInfo.InvariantCulture) == 0)
            {
                violations.Add($"{name}: runAsUser is 0");
            }

            if (Harness.At(Effective("seccompProfile"), "type") is not ("RuntimeDefault" or "Localhost"))
            {
                violations.Add($"{name}: seccompProfile is not RuntimeDefault or Localhost");
            }

            var capabilities = context.GetValueOrDefault("capabilities");
            if (Harness.At(capabilities, "drop") is not IEnumerable drop || !drop.Cast<object>().Contains("ALL"))
            {
                violations.Add($"{name}: capabilities do not drop ALL");
            }

            if (Harness.At(capabilities, "add") is IEnumerable add && add.Cast<object>().Any(c => (string)c != "NET_BIND_SERVICE"))
            {
                violations.Add($"{name}: capabilities add more than NET_BIND_SERVICE");
            }
        }

        return violations;
    }

    /// <summary>
    /// Rule: the revision's pod is admitted by its namespace's Pod Security level, as the plan labels the namespace
    /// (restricted enforced on tenant namespaces), with what Knative adds under the plan's secure-pod-defaults.
    /// </summary>
    [TestCaseSource(nameof(ChartChangeCases))]
    public async Task TheRevisionsPodIsAdmittedByItsNamespacesPodSecurityLevel(LiveApp app, ChartForm form, bool passes)
    {
        var plan = await PlanAsync();
        var ns = OfType(plan, "kubernetes:core/v1:Namespace").Single(n => (string?)At(n, "metadata", "name") == app.Namespace);
        Assert.That(At(ns, "metadata", "labels", "pod-security.kubernetes.io/enforce"), Is.EqualTo("restricted"), "the level this check models");
        var service = Rendered(app, form).Single("Service");
        var pod = service.At("spec", "template", "spec") as IReadOnlyDictionary<string, object?>;
        var violations = RestrictedViolations(pod, pod?.GetValueOrDefault("volumes"),
            ("user-container", DefaultedSecurityContext(service, KnativeFeatures(plan).SecurePodDefaults)), ("queue-proxy", s_queueProxy));
        Assert.That(violations, passes ? Is.Empty : Is.Not.Empty);
    }

    private static IEnumerable<TestCaseData> KubeletCases()
    {
        foreach (var app in Apps)
        {
            // The live chart under secure-pod-defaults Enabled gets runAsNonRoot with the image's root user: the kubelet refuses it.
            yield return new TestCaseData(app, ChartForm.Live, "Enabled", false).SetArgDisplayNames(app.ToString(), "Live", "Enabled");
            yield return new TestCaseData(app, ChartForm.Changed, "Disabled", true).SetArgDisplayNames(app.ToString(), "Changed", "Disabled");
            yield return new TestCaseData(app, ChartForm.Changed, "Enabled", true).SetArgDisplayNames(app.ToString(), "Changed", "Enabled");
        }
    }

    /// <summary>
    /// Rule: the kubelet starts the container as the user it runs as: with runAsNonRoot, a user that is not 0, set or from
    /// the image (kubernetes v1.35.0 pkg/kubelet/kuberuntime/security_context_others.go verifyRunAsNonRoot).
    /// </summary>
    [TestCaseSource(nameof(KubeletCases))]
    public void TheContainerStartsAsTheUserItIsAdmittedAs(LiveApp app, ChartForm form, string securePodDefaults, bool passes)
    {
        var context = DefaultedSecurityContext(Rendered(app, form).Single("Service"), securePodDefaults);
        var user = context.GetValueOrDefault("runAsUser") is { } set ? Convert.ToInt64(set, CultureInfo.InvariantCulture) : ImageUser;
        Assert.That(!IsTrue(context.GetValueOrDefault("runAsNonRoot")) || user != 0, Is.EqualTo(passes));
    }

    /// <summary>
    /// Rule: a container that does not run as root writes its world folder (<c>/app/&lt;WORLD&gt;</c>) on a volume of its own,
    /// an emptyDir (Knative admits emptyDir while kubernetes.podspec-volumes-emptydir is on, pkg/apis/serving/fieldmask.go
    /// VolumeSourceMask); root writes the image's /app itself.
    /// </summary>
    [TestCaseSource(nameof(PlatformAcceptsCases))]
    public async Task TheWorldFolderIsWritableByTheContainersUser(LiveApp app, ChartForm form, bool passes)
    {
        var plan = await PlanAsync();
        var service = Rendered(app, form).Single("Service");
        var container = service.At("spec", "template", "spec", "containers", 0);
        var user = Harness.At(container, "securityContext", "runAsUser") is { } set ? Convert.ToInt64(set, CultureInfo.InvariantCulture) : ImageUser;
        var world = ((IEnumerable)Harness.At(container, "env")!).Cast<object>().Single(e => (string?)Harness.At(e, "name") == "WORLD");
        var mount = ((Harness.At(container, "volumeMounts") as IEnumerable)?.Cast<object>() ?? [])
            .SingleOrDefault(m => (string?)Harness.At(m, "mountPath") == $"/app/{Harness.At(world, "value")}");
        var volume = ((service.At("spec", "template", "spec", "volumes") as IEnumerable)?.Cast<object>() ?? [])
            .SingleOrDefault(v => mount is not null && Harness.At(v, "name") as string == (string?)Harness.At(mount, "name"));
        var writable = user == 0
            || (volume is not null && Harness.At(volume, "emptyDir") is not null && KnativeFeatures(plan).EmptyDir.Equals("Enabled", StringComparison.OrdinalIgnoreCase));
        Assert.That(writable, Is.EqualTo(passes), $"{app}: user {user}");
    }

    /// <summary>
    /// Rule: Knative admits the revision's security fields where the chart puts them: a container's securityContext
    /// takes runAsNonRoot, runAsUser, runAsGroup, allowPrivilegeEscalation, capabilities (drop; add only with a flag) and
    /// seccompProfile (knative/serving knative-v1.23.0 pkg/apis/serving/fieldmask.go SecurityContextMask, CapabilitiesMask);
    /// the pod's securityContext takes them only with kubernetes.podspec-securitycontext, off by default (PodSecurityContextMask).
    /// </summary>
    [TestCaseSource(nameof(PlatformAcceptsCases))]
    public void KnativeAdmitsTheRevisionsSecurityFields(LiveApp app, ChartForm form, bool passes)
    {
        var spec = Rendered(app, form).Single("Service").At("spec", "template", "spec");
        var allowed = new[] { "capabilities", "readOnlyRootFilesystem", "runAsUser", "runAsGroup", "runAsNonRoot", "allowPrivilegeEscalation", "seccompProfile" };
        var context = Harness.At(spec, "containers", 0, "securityContext") as IReadOnlyDictionary<string, object?>;
        var refused = (context?.Keys.Where(k => !allowed.Contains(k)) ?? [])
            .Concat(Harness.At(context, "capabilities", "add") is null ? [] : ["capabilities.add"])
            .Concat(Harness.At(spec, "securityContext") is IReadOnlyDictionary<string, object?> pod ? pod.Keys.Select(k => $"pod {k}") : []);
        Assert.That(refused.Any(), Is.Not.EqualTo(passes), string.Join(", ", refused));
    }

    /// <summary>
    /// Rule: the revision's timeout is within the platform's maximum (Knative refuses a timeoutSeconds above
    /// config-defaults' max-revision-timeout-seconds). The live worlds keep WebSocket connections up to an hour.
    /// </summary>
    [TestCaseSource(nameof(PlatformAcceptsCases))]
    public async Task TheRevisionTimeoutIsWithinThePlatformsMaximum(LiveApp app, ChartForm form, bool passes)
    {
        var plan = await PlanAsync();
        var maximum = int.Parse((string)At(OfType(plan, "kubernetes:operator.knative.dev/v1beta1:KnativeServing").Single(), "spec", "config", "defaults", "max-revision-timeout-seconds")!,
            CultureInfo.InvariantCulture);
        var timeout = Convert.ToInt32(Rendered(app, form).Single("Service").At("spec", "template", "spec", "timeoutSeconds"), CultureInfo.InvariantCulture);
        Assert.That(timeout <= maximum, Is.EqualTo(passes), $"{app}: {timeout} s, maximum {maximum} s");
    }

    /// <summary>How a DomainMapping's certificate gets issued: before any DNS move, or only once its DNS points at the new Kourier.</summary>
    public enum Issuance
    {
        /// <summary>DNS-01 through Route53: the platform's zone proves the name wherever its record points.</summary>
        BeforeAnyDnsMove,

        /// <summary>HTTP-01 through Kourier: Let's Encrypt fetches the token from wherever the name resolves.</summary>
        OnceItsDnsPointsAtTheNewKourier,
    }

    /// <summary>
    /// The issuance of a host's certificate: Knative asks the ClusterIssuer of its config-certmanager for DomainMappings,
    /// and cert-manager picks that issuer's solver for the host (cert-manager v1.21.1 pkg/util/solverpicker/solverpicker.go
    /// Pick, pkg/controller/acmeorders/selectors/dns_zones.go: the selector with the most matching zone labels wins, a solver
    /// without a selector matches every name with none).
    /// </summary>
    public static Issuance IssuanceOf(PlanResult plan, string host)
    {
        var issuerRef = (string)Harness.At(OfType(plan, "kubernetes:operator.knative.dev/v1beta1:KnativeServing").Single().Inputs, "spec", "config", "certmanager", "issuerRef")!;
        var issuerName = issuerRef.Split('\n').Single(l => l.StartsWith("name: ", StringComparison.Ordinal))["name: ".Length..].Trim();
        var issuer = OfType(plan, "kubernetes:cert-manager.io/v1:ClusterIssuer").Single(i => (string?)At(i, "metadata", "name") == issuerName);
        var solvers = ((IEnumerable)At(issuer, "spec", "acme", "solvers")!).Cast<object>().ToArray();
        int Labels(object solver)
        {
            if (Harness.At(solver, "selector", "dnsZones") is not IEnumerable zones)
            {
                return 0;
            }

            var matching = zones.Cast<string>().Where(z => host == z || host.EndsWith("." + z, StringComparison.Ordinal)).ToArray();
            return matching.Length == 0 ? -1 : matching.Max(z => z.Split('.').Length);
        }

        var picked = solvers.Where(s => Labels(s) >= 0).OrderByDescending(Labels).First();
        return Harness.At(picked, "dns01") is not null ? Issuance.BeforeAnyDnsMove : Issuance.OnceItsDnsPointsAtTheNewKourier;
    }

    private static string Host(LiveApp app, ChartForm form) => Rendered(app, form).Single("DomainMapping").Name;

    /// <summary>Rule: a DomainMapping in the platform zone (multiplex.numinia.xyz) gets its certificate before any DNS move.</summary>
    [TestCase(ChartForm.Live)]
    [TestCase(ChartForm.Changed)]
    public async Task ADomainMappingInThePlatformZoneIsIssuedBeforeAnyDnsMove(ChartForm form)
        => Assert.That(IssuanceOf(await PlanAsync(), Host(Multiplex, form)), Is.EqualTo(Issuance.BeforeAnyDnsMove));

    /// <summary>
    /// Rule: a DomainMapping outside the platform zone (pre.portfolio.numen.games) gets its certificate only once its DNS
    /// points at the new Kourier: the cutover moves its record first and expects a short time without a valid certificate.
    /// </summary>
    [TestCase(ChartForm.Live)]
    [TestCase(ChartForm.Changed)]
    public async Task ADomainMappingOutsideThePlatformZoneIsIssuedOnlyOnceItsDnsPointsAtTheNewKourier(ChartForm form)
        => Assert.That(IssuanceOf(await PlanAsync(), Host(Portfolio, form)), Is.EqualTo(Issuance.OnceItsDnsPointsAtTheNewKourier));
}
#endif
