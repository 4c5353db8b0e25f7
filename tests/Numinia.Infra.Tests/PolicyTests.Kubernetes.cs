#if PULUMI_OFFLINE
using Numinia.Components.Tenants;
using Numinia.Infra.Policy;
using Numinia.Infra.Policy.Rules;
using NUnit.Framework;
using Pulumi.Offline;
using static Numinia.Infra.Tests.PlanFixture;

namespace Numinia.Infra.Tests;

/// <summary>The policy rules of Kubernetes objects and state, and the runner and its report.</summary>
public sealed partial class PolicyTests
{
    // Kubernetes

    private static readonly Dictionary<string, string> s_restricted = new()
    {
        ["pod-security.kubernetes.io/enforce"] = "restricted",
        ["pod-security.kubernetes.io/audit"] = "restricted",
        ["pod-security.kubernetes.io/warn"] = "restricted",
        [Numinia.Components.Kubernetes.NamespaceLabels.Organization] = "numen-games",
    };

    private static ResourceRegistration TenantNamespace(PlanFixture plan, string name, Dictionary<string, string>? labels = null,
        bool denyAll = true, bool quota = true, bool limits = true)
    {
        var ns = plan.Add(PolicyTokens.Namespace, name, Object(name, labels: labels ?? s_restricted));
        if (denyAll)
        {
            plan.Add(PolicyTokens.NetworkPolicy, $"{name}-deny", Object("default-deny", name, rest: new()
            {
                ["spec"] = new { podSelector = new { }, policyTypes = new[] { "Ingress", "Egress" } },
            }), dependsOn: [ns]);
        }

        if (quota)
        {
            plan.Add(PolicyTokens.ResourceQuota, $"{name}-quota", Object("quota", name, rest: new()
            {
                ["spec"] = new { hard = new Dictionary<string, string> { ["requests.cpu"] = "4" } },
            }), dependsOn: [ns]);
        }

        if (limits)
        {
            plan.Add(PolicyTokens.LimitRange, $"{name}-limits", Object("limits", name, rest: new()
            {
                ["spec"] = new { limits = new[] { new { type = "Container" } } },
            }), dependsOn: [ns]);
        }

        return ns;
    }

    [Test]
    public void TenantNamespaceIsolation_PassesARestrictedDefaultDenyQuotaedNamespace()
    {
        var plan = new PlanFixture();
        TenantNamespace(plan, "numen-games");
        // A shared-service namespace needs only the default-deny (PSA, quota and limit range are checked for tenants).
        TenantNamespace(plan, "monitoring", labels: new(), quota: false, limits: false);
        Assert.That(plan.Check(new TenantNamespaceIsolation()), Is.Empty);
    }

    [Test]
    public void TenantNamespaceIsolation_FailsAnyNamespaceWithoutADefaultDenyBothWays()
    {
        var plan = new PlanFixture();
        TenantNamespace(plan, "numen-games");
        var open = plan.Add(PolicyTokens.Namespace, "cert-manager", Object("cert-manager"));
        var ingressOnly = TenantNamespace(plan, "external-dns", labels: new(), denyAll: false, quota: false, limits: false);
        plan.Add(PolicyTokens.NetworkPolicy, "external-dns-deny-ingress", Object("default-deny", "external-dns", rest: new()
        {
            ["spec"] = new { podSelector = new { }, policyTypes = new[] { "Ingress" } },
        }), dependsOn: [ingressOnly]);
        var violations = plan.Check(new TenantNamespaceIsolation());
        AssertOffends(violations, open.Urn, "has no default-deny NetworkPolicy");
        AssertOffends(violations, ingressOnly.Urn, "has no default-deny NetworkPolicy");
        AssertOnlyOffender(violations, open, ingressOnly);
    }

    [Test]
    public void TenantNamespaceIsolation_FailsBaselinePodSecurityAPolicyThatAllowsAndAMissingQuotaOrLimitRange()
    {
        var plan = new PlanFixture();
        var baseline = TenantNamespace(plan, "baseline", labels: new(s_restricted) { ["pod-security.kubernetes.io/enforce"] = "baseline" });
        var allowing = TenantNamespace(plan, "allowing", denyAll: false);
        plan.Add(PolicyTokens.NetworkPolicy, "allowing-all", Object("allow-all", "allowing", rest: new()
        {
            ["spec"] = new { podSelector = new { }, policyTypes = new[] { "Ingress", "Egress" }, ingress = new[] { new { } } },
        }));
        var unbounded = TenantNamespace(plan, "unbounded", quota: false, limits: false);
        var violations = plan.Check(new TenantNamespaceIsolation());
        AssertOffends(violations, baseline.Urn, "pod-security.kubernetes.io/{enforce} are not \"restricted\"");
        AssertOffends(violations, allowing.Urn, "has no default-deny NetworkPolicy");
        AssertOffends(violations, unbounded.Urn, "has no ResourceQuota");
        AssertOffends(violations, unbounded.Urn, "has no LimitRange");
        AssertOnlyOffender(violations, baseline, allowing, unbounded);
    }

    private static Dictionary<string, object?> RoleInputs(string name, string? ns, params object[] rules)
        => Object(name, ns, rest: new() { ["rules"] = rules });

    [Test]
    public void RbacLeastPrivilege_PassesReadOnlyRolesAndExemptsPlatformAdmin()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.ClusterRole, "viewer", RoleInputs("platform-viewer", null,
            new { apiGroups = new[] { "", "apps" }, resources = new[] { "pods", "deployments", "services" }, verbs = new[] { "get", "list", "watch" } }));
        plan.Add(PolicyTokens.ClusterRole, "admin", RoleInputs(RbacLeastPrivilege.PlatformAdminRole, null,
            new { apiGroups = new[] { "*" }, resources = new[] { "*" }, verbs = new[] { "*" } }));
        Assert.That(plan.Check(new RbacLeastPrivilege()), Is.Empty);
    }

    [Test]
    public void RbacLeastPrivilege_FailsWildcardsSecretsExecAndEscalationVerbs()
    {
        var plan = new PlanFixture();
        var wildcard = plan.Add(PolicyTokens.ClusterRole, "wildcard", RoleInputs("developer", null,
            new { apiGroups = new[] { "apps" }, resources = new[] { "*" }, verbs = new[] { "get" } }));
        var secrets = plan.Add(PolicyTokens.Role, "secrets", RoleInputs("reader", "numen-games",
            new { apiGroups = new[] { "" }, resources = new[] { "configmaps", "secrets" }, verbs = new[] { "get" } }));
        var exec = plan.Add(PolicyTokens.Role, "exec", RoleInputs("debugger", "numen-games",
            new { apiGroups = new[] { "" }, resources = new[] { "pods/exec" }, verbs = new[] { "create" } },
            new { apiGroups = new[] { "" }, resources = new[] { "nodes/proxy" }, verbs = new[] { "get" } }));
        var escalate = plan.Add(PolicyTokens.ClusterRole, "escalate", RoleInputs("granter", null,
            new { apiGroups = new[] { "rbac.authorization.k8s.io" }, resources = new[] { "clusterroles" }, verbs = new[] { "bind", "escalate" } },
            new { apiGroups = new[] { "" }, resources = new[] { "users" }, verbs = new[] { "impersonate" } }));
        var violations = plan.Check(new RbacLeastPrivilege());
        AssertOffends(violations, wildcard.Urn, "rules[0] grants a wildcard in resources");
        AssertOffends(violations, secrets.Urn, "access to secrets");
        AssertOffends(violations, exec.Urn, "rules[0] grants access to pods/exec");
        AssertOffends(violations, exec.Urn, "rules[1] grants access to nodes/proxy");
        AssertOffends(violations, escalate.Urn, "rules[0] grants the verb escalate, the verb bind");
        AssertOffends(violations, escalate.Urn, "rules[1] grants the verb impersonate");
        AssertOnlyOffender(violations, wildcard, secrets, exec, escalate);
    }

    /// <summary>
    /// Rule: only a namespace's Role flux-reconciler may grant Secrets (Helm's release records, in its own namespace); the
    /// same grant in a ClusterRole of that name, or with pods/exec beside it, still offends.
    /// </summary>
    [Test]
    public void RbacLeastPrivilege_LetsOnlyTheReconcilerRoleStoreHelmReleases()
    {
        var plan = new PlanFixture();
        var helmStorage = new { apiGroups = new[] { "" }, resources = new[] { "configmaps", "secrets" }, verbs = new[] { "get", "create" } };
        plan.Add(PolicyTokens.Role, "reconciler", RoleInputs(Organization.FluxReconcilerName, "numen-games", helmStorage));
        var cluster = plan.Add(PolicyTokens.ClusterRole, "cluster-reconciler", RoleInputs(Organization.FluxReconcilerName, null, helmStorage));
        var exec = plan.Add(PolicyTokens.Role, "exec-reconciler", RoleInputs(Organization.FluxReconcilerName, "numinia",
            new { apiGroups = new[] { "" }, resources = new[] { "secrets", "pods/exec" }, verbs = new[] { "create" } }));
        var violations = plan.Check(new RbacLeastPrivilege());
        AssertOffends(violations, cluster.Urn, "access to secrets");
        AssertOffends(violations, exec.Urn, "rules[0] grants access to pods/exec");
        AssertOnlyOffender(violations, cluster, exec);
    }

    private static Dictionary<string, object?> BindingInputs(string role, params object[] subjects)
        => Object("binding", rest: new()
        {
            ["roleRef"] = new { apiGroup = "rbac.authorization.k8s.io", kind = "ClusterRole", name = role },
            ["subjects"] = subjects,
        });

    [Test]
    public void ClusterAdminBindings_PassesThePlatformAdminGroupAndOtherRoles()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.ClusterRoleBinding, "admins", BindingInputs("cluster-admin", new { kind = "Group", name = "platform-admin" }));
        plan.Add(PolicyTokens.ClusterRoleBinding, "viewers", BindingInputs("view", new { kind = "Group", name = "platform-viewer" }));
        Assert.That(plan.Check(new ClusterAdminBindings()), Is.Empty);
    }

    [Test]
    public void ClusterAdminBindings_FailsAnyOtherSubjectBoundToClusterAdmin()
    {
        var plan = new PlanFixture();
        var developers = plan.Add(PolicyTokens.ClusterRoleBinding, "developers", BindingInputs("cluster-admin",
            new { kind = "Group", name = "platform-admin" }, new { kind = "Group", name = "platform-developer" }));
        var robot = plan.Add(PolicyTokens.RoleBinding, "robot", BindingInputs("cluster-admin",
            new { kind = "ServiceAccount", name = "ci", @namespace = "ci" }));
        var violations = plan.Check(new ClusterAdminBindings());
        AssertOffends(violations, developers.Urn, "binds Group platform-developer to cluster-admin");
        AssertOffends(violations, robot.Urn, "binds ServiceAccount ci to cluster-admin");
        AssertOnlyOffender(violations, developers, robot);
    }

    [Test]
    public void NoDefaultNamespace_PassesNamespacedObjectsReleasesAndClusterScopedKinds()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.Secret, "secret", Object("s", "monitoring"));
        plan.Add(PolicyTokens.HelmRelease, "release", new { name = "cert-manager", @namespace = "cert-manager" });
        plan.Add(PolicyTokens.ClusterRole, "role", Object("viewer"));
        plan.Add(PolicyTokens.Namespace, "ns", Object("monitoring"));
        plan.Add("kubernetes:cert-manager.io/v1:ClusterIssuer", "issuer", Object("letsencrypt-prod"));
        plan.Add("kubernetes:core/v1:ServiceAccount", "later", Object("sa", Unknown));
        Assert.That(plan.Check(new NoDefaultNamespace()), Is.Empty);
    }

    [Test]
    public void NoDefaultNamespace_FailsTheDefaultNamespaceAndNamespacedObjectsWithoutOne()
    {
        var plan = new PlanFixture();
        var explicitDefault = plan.Add("kubernetes:core/v1:ConfigMap", "explicit", Object("cm", "default"));
        var implicitDefault = plan.Add("kubernetes:core/v1:Service", "implicit", Object("svc"));
        var release = plan.Add(PolicyTokens.HelmRelease, "release", new { name = "metrics-server" });
        var violations = plan.Check(new NoDefaultNamespace());
        AssertOffends(violations, explicitDefault.Urn, "metadata.namespace is \"default\"");
        AssertOffends(violations, implicitDefault.Urn, "metadata.namespace is unset");
        AssertOffends(violations, release.Urn, "namespace is unset");
        AssertOnlyOffender(violations, explicitDefault, implicitDefault, release);
    }

    private static readonly object s_requests = new { requests = new { cpu = "50m", memory = "64Mi" }, limits = new { cpu = "500m", memory = "256Mi" } };

    [Test]
    public void ReplicatedAddonsResilient_PassesBudgetsAndRequestsAtEachReplicatedWorkloadAndSingleReplicas()
    {
        var plan = new PlanFixture();
        plan.Add(PolicyTokens.HelmRelease, "cert-manager", new
        {
            @namespace = "cert-manager",
            values = new
            {
                replicaCount = 2,
                podDisruptionBudget = new { enabled = true, minAvailable = 1 },
                resources = s_requests,
                webhook = new { replicaCount = 2, podDisruptionBudget = new { enabled = true }, resources = s_requests },
            },
        });
        plan.Add(PolicyTokens.HelmRelease, "monitoring", new
        {
            @namespace = "monitoring",
            values = new
            {
                prometheus = new { podDisruptionBudget = new { enabled = true }, prometheusSpec = new { replicas = 2, resources = s_requests } },
            },
        });
        plan.Add(PolicyTokens.HelmRelease, "alb", new
        {
            @namespace = "alb",
            values = new { replicaCount = 2, podDisruptionBudget = new { maxUnavailable = 1 }, resources = s_requests },
        });
        plan.Add(PolicyTokens.HelmRelease, "external-dns", new { @namespace = "external-dns", values = new { replicaCount = 1 } });
        Assert.That(plan.Check(new ReplicatedAddonsResilient()), Is.Empty);
    }

    [Test]
    public void ReplicatedAddonsResilient_FailsAReplicatedWorkloadWithoutBudgetOrRequests()
    {
        var plan = new PlanFixture();
        var noBudget = plan.Add(PolicyTokens.HelmRelease, "no-budget", new
        {
            @namespace = "cert-manager",
            values = new
            {
                replicaCount = 2,
                podDisruptionBudget = new { enabled = true },
                resources = s_requests,
                // The root's budget does not cover the webhook.
                webhook = new { replicaCount = 3, podDisruptionBudget = new { enabled = false }, resources = s_requests },
            },
        });
        var noRequests = plan.Add(PolicyTokens.HelmRelease, "no-requests", new
        {
            @namespace = "metrics-server",
            values = new { replicas = 2, podDisruptionBudget = new { enabled = true }, resources = new { limits = new { cpu = "1" } } },
        });
        var operatorSpec = plan.Add(PolicyTokens.HelmRelease, "operator-spec", new
        {
            @namespace = "monitoring",
            values = new { prometheus = new { prometheusSpec = new { replicas = 2, resources = s_requests } } },
        });
        var violations = plan.Check(new ReplicatedAddonsResilient());
        AssertOffends(violations, noBudget.Urn, "values webhook.replicaCount is 3 but no PodDisruptionBudget is enabled (webhook.podDisruptionBudget.enabled: true)");
        AssertOffends(violations, noRequests.Urn, "values replicas is 2 but resources.requests sets no cpu or memory");
        AssertOffends(violations, operatorSpec.Urn, "values prometheus.prometheusSpec.replicas is 2 but no PodDisruptionBudget is enabled (prometheus.podDisruptionBudget.enabled: true)");
        AssertOnlyOffender(violations, noBudget, noRequests, operatorSpec);
        Assert.That(violations.Count(v => v.Urn == noBudget.Urn), Is.EqualTo(1), "the root workload is fine");
    }

    // State

    [Test]
    public void StatefulResourcesProtected_PassesProtectedStatefulResourcesAndIgnoresReissuableKeys()
    {
        var plan = new PlanFixture();
        plan.KmsKey(protect: true);
        plan.Add(PolicyTokens.S3Bucket, "bucket", protect: true);
        plan.Add(PolicyTokens.RdsCluster, "db", protect: true);
        plan.Add(PolicyTokens.RdsClusterInstance, "db-1", protect: true);
        plan.Add(PolicyTokens.EfsFileSystem, "efs", protect: true);
        plan.Add(PolicyTokens.EksCluster, "eks", protect: true);
        var sealedKey = plan.Add(PolicyTokens.TlsPrivateKey, "platform-key", new { algorithm = "RSA" }, protect: true);
        plan.Add(PolicyTokens.Secret, "key-secret", Object("sealed-secrets-key", "sealed-secrets",
            new() { [StatefulResourcesProtected.SealedSecretsKeyLabel] = "active" }), dependsOn: [sealedKey]);
        plan.Add(PolicyTokens.TlsPrivateKey, "vpn-ca-key", new { algorithm = "RSA" });
        Assert.That(plan.Check(new StatefulResourcesProtected()), Is.Empty);
    }

    [Test]
    public void StatefulResourcesProtected_FailsEachUnprotectedStatefulResourceAndTheSealedSecretsKey()
    {
        var plan = new PlanFixture();
        var offenders = new[]
        {
            plan.KmsKey(protect: false),
            plan.Add(PolicyTokens.S3Bucket, "bucket"),
            plan.Add(PolicyTokens.RdsCluster, "db"),
            plan.Add(PolicyTokens.RdsClusterInstance, "db-1"),
            plan.Add(PolicyTokens.EfsFileSystem, "efs"),
        };
        // The key reaches the labelled Secret through its certificate.
        var sealedKey = plan.Add(PolicyTokens.TlsPrivateKey, "platform-key", new { algorithm = "RSA" });
        var certificate = plan.Add("tls:index/selfSignedCert:SelfSignedCert", "platform-cert", new { validityPeriodHours = 87600 }, dependsOn: [sealedKey]);
        plan.Add(PolicyTokens.Secret, "key-secret", Object("sealed-secrets-key", "sealed-secrets",
            new() { [StatefulResourcesProtected.SealedSecretsKeyLabel] = "active" }), dependsOn: [certificate]);
        var violations = plan.Check(new StatefulResourcesProtected());
        AssertOffends(violations, sealedKey.Urn, "the sealed-secrets key is not protected");
        AssertOffends(violations, offenders[0].Urn, "aws:kms/key:Key is not protected");
        AssertOnlyOffender(violations, [.. offenders, sealedKey]);
    }

    // The runner and the report

    [Test]
    public void EveryRuleHasAUniqueIdATitleAndTypesItChecks()
    {
        var ids = PolicyRules.All.Select(r => r.Id).ToArray();
        Assert.That(ids, Is.Unique);
        foreach (var id in ids)
        {
            Assert.That(id, Does.Match("^[a-z0-9]+(-[a-z0-9]+)*$"));
        }

        Assert.That(PolicyRules.All.Select(r => r.Title), Has.All.Not.Empty);
        Assert.That(PolicyRules.All.Select(r => r.ResourceTypes.Length), Has.All.GreaterThan(0));
    }

    [Test]
    public void TheRunnerFailsOnlyOnMandatoryRulesAndWarnsOnAdvisoryOnes()
    {
        var advisoryOnly = new PlanFixture();
        advisoryOnly.Add(PolicyTokens.RdsCluster, "db", RdsClusterInputs(), protect: true, id: "numinia");
        var warned = PolicyRunner.Run("numinia-infra", "test", advisoryOnly.Resources);
        Assert.That(warned["rds-multi-az"].Outcome, Is.EqualTo(PolicyOutcome.Warn));
        Assert.That(warned.Passed, Is.True, "an advisory warning does not fail the check");

        var mandatory = new PlanFixture();
        mandatory.KmsKey(rotate: false);
        var failed = PolicyRunner.Run("numinia-infra", "test", mandatory.Resources);
        Assert.That(failed["kms-key-rotation"].Outcome, Is.EqualTo(PolicyOutcome.Fail));
        Assert.That(failed.Passed, Is.False);
    }
}
#endif
