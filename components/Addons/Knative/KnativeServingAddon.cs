using System.Collections.Immutable;
using System.Globalization;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Helm.V3;
using Pulumi.Kubernetes.Policy.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Policy.V1;

namespace Numinia.Components.Addons.Knative;

/// <summary>
/// Knative Serving with Kourier, the platform's ingress for applications: the Knative operator (its pinned
/// chart, in <c>knative-operator</c>); a <c>KnativeServing</c> resource in <c>knative-serving</c> with the live
/// configuration (Kourier as the ingress class, cluster domain claims created for DomainMappings, TLS for
/// external domains from a cert-manager ClusterIssuer, the default domain, a one-hour maximum revision
/// timeout, no tag resolution for the account's ECR registry, scale to zero), a highly available control
/// plane with requests, limits and PodDisruptionBudgets; Kourier's gateway behind an internet-facing NLB of
/// the AWS Load Balancer Controller, whose Service carries external-dns's hostname annotation, so that
/// external-dns writes the base domain's wildcard record (and <see cref="KourierHostLabel"/>) as aliases of that NLB.
/// </summary>
public sealed partial class KnativeServingAddon : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:addons:KnativeServing";

    /// <summary>
    /// <c>kourier.&lt;base domain&gt;</c>: the platform's name for the gateway's NLB, an alias of it that external-dns
    /// writes (with the wildcard) once the Load Balancer Controller has made the NLB. Known from the config, so no
    /// lookup races the controller; the NLB's own DNS name is not published (it changes if the NLB is replaced).
    /// </summary>
    [Output("kourierHostname")]
    public Output<string> KourierHostname { get; private set; }

    /// <summary>The base domain of Knative routes and of the wildcard record.</summary>
    [Output("baseDomain")]
    public Output<string> BaseDomain { get; private set; }

    /// <summary>Knative Serving's namespace.</summary>
    [Output("servingNamespace")]
    public Output<string> ServingNamespace { get; private set; }

    /// <summary>The namespace of Kourier's gateway (network policies of tenants allow ingress from it).</summary>
    [Output("kourierNamespace")]
    public Output<string> KourierNamespace { get; private set; }

    /// <summary>The ingress class of Knative routes (cert-manager's HTTP-01 solvers use it too).</summary>
    [Output("ingressClass")]
    public Output<string> IngressClass { get; private set; }

    /// <summary>The operator's Helm release (its chart installs the KnativeServing CRD and webhook).</summary>
    public Release Operator { get; }

    /// <summary>The KnativeServing resource.</summary>
    public KnativeServing Serving { get; }

    /// <summary>Builds the operator, Serving (with Kourier's Service annotated for external-dns) and its disruption budgets.</summary>
    public KnativeServingAddon(string name, KnativeServingAddonArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        Validate(args);
        var context = args.Context;

        var operatorNamespace = HelmAddon.Namespace($"{name}-operator-ns", OperatorNamespaceName, context, this);
        Operator = HelmAddon.Install($"{name}-operator", new AddonRelease
        {
            ReleaseName = OperatorNamespaceName,
            Chart = new ChartPin(ChartName, ChartRepository, args.Settings.OperatorChartVersion),
            Namespace = operatorNamespace.Name,
            Values = OperatorValues(),
        }, context, this);

        var servingNamespace = HelmAddon.Namespace($"{name}-serving-ns", ServingNamespaceName, context, this, PodSecurityLevel.Restricted,
            ServingQuota(args.HighAvailabilityReplicas));

        // external-dns's release too: on `pulumi destroy` the KnativeServing goes first (Pulumi's foreground
        // deletion waits for the operator's objects it owns, Kourier's Service among them, which waits for the
        // controller's finalizer that deletes the NLB), while external-dns still runs to delete the records.
        // (Foreground is the default: pulumi-kubernetes provider/pkg/metadata/overrides.go, DeletionPropagation; the
        // operator owns what it installs through manifestival's InjectOwner, knative/operator common/transformers.go.)
        var dependencies = new List<Resource> { Operator, args.LoadBalancerController, args.ExternalDns.Release };
        if (args.CertManager is { } certManager)
        {
            dependencies.Add(certManager);
        }

        Serving = new KnativeServing(name, new KnativeServingArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = ServingNamespaceName,
                Namespace = servingNamespace.Name,
                Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
                Annotations =
                {
                    // Wait until the operator reports Serving (and Kourier's gateway) installed: what depends
                    // on the platform's ingress (tenants' routes) comes after a working Serving.
                    { "pulumi.com/waitFor", "condition=Ready" },
                    { "pulumi.com/timeoutSeconds", ReadyTimeoutSeconds.ToString(CultureInfo.InvariantCulture) },
                },
            },
            Spec = Spec(args),
        }, context.Kubernetes(this, dependencies.ToArray()));

        foreach (var workload in Workloads.Where(w => w.OperatorPodDisruptionBudget is null))
        {
            _ = new PodDisruptionBudget($"{name}-{workload.Deployment}-pdb", new PodDisruptionBudgetArgs
            {
                Metadata = new ObjectMetaArgs
                {
                    Name = $"{workload.Deployment}-pdb",
                    Namespace = servingNamespace.Name,
                    Labels = { { PlatformNamespace.ManagedByLabel, "pulumi" } },
                },
                Spec = new PodDisruptionBudgetSpecArgs
                {
                    MaxUnavailable = 1,
                    Selector = new LabelSelectorArgs { MatchLabels = { { "app", workload.Deployment } } },
                },
            }, context.Kubernetes(this));
        }

        KourierHostname = Output.Create($"{KourierHostLabel}.{args.BaseDomain}");
        BaseDomain = Output.Create(args.BaseDomain);
        ServingNamespace = servingNamespace.Name;
        KourierNamespace = servingNamespace.Name.Apply(_ => KourierNamespaceName);
        IngressClass = Output.Create(KourierIngressClass);
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["kourierHostname"] = KourierHostname,
            ["baseDomain"] = BaseDomain,
            ["servingNamespace"] = ServingNamespace,
            ["kourierNamespace"] = KourierNamespace,
            ["ingressClass"] = IngressClass,
        });
    }

    // The ConfigMap data the KnativeServing resource sets, by ConfigMap (the short names the operator accepts).
    private static ImmutableDictionary<string, ImmutableDictionary<string, string>> ServingConfig(KnativeServingAddonArgs args)
    {
        var revisionTimeout = Math.Min(DefaultRevisionTimeoutSeconds, args.Settings.MaxRevisionTimeoutSeconds).ToString(CultureInfo.InvariantCulture);
        return ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty
            .Add("network", ImmutableDictionary<string, string>.Empty
                .Add("ingress-class", KourierIngressClass)
                .Add("certificate-class", CertManagerCertificateClass)
                .Add("external-domain-tls", "Enabled")
                .Add("autocreate-cluster-domain-claims", "true"))
            .Add("certmanager", ImmutableDictionary<string, string>.Empty
                .Add("issuerRef", $"kind: ClusterIssuer\nname: {args.Settings.DomainMappingIssuer}\n"))
            .Add("domain", ImmutableDictionary<string, string>.Empty
                // An empty selector: the default domain of every route.
                .Add(args.BaseDomain, ""))
            .Add("defaults", ImmutableDictionary<string, string>.Empty
                .Add("max-revision-timeout-seconds", args.Settings.MaxRevisionTimeoutSeconds.ToString(CultureInfo.InvariantCulture))
                // Both must stay at or below the maximum, or Serving rejects the ConfigMap.
                .Add("revision-timeout-seconds", revisionTimeout)
                .Add("revision-response-start-timeout-seconds", revisionTimeout))
            .Add("deployment", ImmutableDictionary<string, string>.Empty
                // The controller has no credentials for ECR, so images of the account's registry run by tag.
                .Add("registries-skipping-tag-resolving", $"{args.Context.AccountId}.dkr.ecr.{args.Context.Region}.amazonaws.com"))
            .Add("autoscaler", ImmutableDictionary<string, string>.Empty
                .Add("enable-scale-to-zero", "true")
                .Add("scale-to-zero-grace-period", args.Settings.ScaleToZeroGracePeriod));
    }

    private static KnativeServingSpecArgs Spec(KnativeServingAddonArgs args)
    {
        var spec = new KnativeServingSpecArgs
        {
            Version = args.Settings.ServingVersion,
            Ingress = new KnativeServingSpecIngressArgs
            {
                Kourier = new KnativeServingSpecIngressKourierArgs { Enabled = true, ServiceType = "LoadBalancer" },
            },
            HighAvailability = new KnativeServingSpecHighAvailabilityArgs { Replicas = args.HighAvailabilityReplicas },
            Services =
            {
                // spec.services[] merges its annotations into the installed Service of that name (knative/operator,
                // pkg/apis/operator/base/common.go ServiceOverride; pkg/reconciler/common/services_override.go).
                new KnativeServingSpecServicesArgs { Name = KourierServiceName, Annotations = KourierServiceAnnotations(args.BaseDomain) },
            },
        };

        foreach (var (configMap, data) in ServingConfig(args))
        {
            spec.Config.Add(configMap, data);
        }

        foreach (var workload in Workloads)
        {
            var overrides = new KnativeServingSpecWorkloadsArgs
            {
                Name = workload.Deployment,
                Resources =
                {
                    new KnativeServingSpecWorkloadsResourcesArgs
                    {
                        Container = workload.Container,
                        Requests = { { "cpu", workload.Resources.RequestCpu }, { "memory", workload.Resources.RequestMemory } },
                        Limits = { { "cpu", workload.Resources.LimitCpu }, { "memory", workload.Resources.LimitMemory } },
                    },
                },
            };
            if (SpreadByPlatform.Contains(workload.Deployment))
            {
                overrides.Affinity = HelmAddon.SpreadOverNodes(ImmutableDictionary<string, string>.Empty.Add("app", workload.Deployment));
            }

            spec.Workloads.Add(overrides);
        }

        // The shipped budgets keep 80% of the pods: with the HA minimum of 2 that is both pods, which would
        // block every node drain. One pod at a time may go instead.
        foreach (var budget in Workloads.Select(w => w.OperatorPodDisruptionBudget).OfType<string>())
        {
            spec.PodDisruptionBudgets.Add(new KnativeServingSpecPodDisruptionBudgetsArgs { Name = budget, MaxUnavailable = 1 });
        }

        return spec;
    }

    private static InputMap<object> OperatorValues()
    {
        // The chart sets no seccomp profile; the restricted Pod Security level requires one.
        var podSecurity = ImmutableDictionary<string, object>.Empty
            .Add("runAsNonRoot", true)
            .Add("seccompProfile", ImmutableDictionary<string, object>.Empty.Add("type", "RuntimeDefault"));
        return new InputMap<object>
        {
            ["knative_operator"] = ImmutableDictionary<string, object>.Empty
                .Add("knative_operator", ImmutableDictionary<string, object>.Empty
                    .Add("resources", OperatorResources.ToValues())
                    .Add("securityContext", podSecurity))
                .Add("operator_webhook", ImmutableDictionary<string, object>.Empty
                    .Add("resources", OperatorWebhookResources.ToValues())
                    .Add("securityContext", podSecurity)),
        };
    }

    private static void Validate(KnativeServingAddonArgs args)
    {
        var externalDns = args.ExternalDns;
        if (!InDomain(args.BaseDomain, externalDns.Zone.Name))
        {
            throw new ArgumentException($"The base domain '{args.BaseDomain}' is not in the hosted zone '{externalDns.Zone.Name}', which external-dns writes its wildcard record into.", nameof(args));
        }

        if (!externalDns.Sources.Contains("service"))
        {
            throw new ArgumentException($"external-dns watches [{string.Join(", ", externalDns.Sources)}], not services; Kourier's records come from its Service's annotation.", nameof(args));
        }

        var uncovered = DnsNames(args.BaseDomain).Where(n => !externalDns.DomainFilters.Any(f => InDomain(n, f))).ToArray();
        if (uncovered.Length > 0)
        {
            throw new ArgumentException($"external-dns's domain filters [{string.Join(", ", externalDns.DomainFilters)}] do not cover {string.Join(", ", uncovered)}; add '{args.BaseDomain}'.", nameof(args));
        }

        if (args.Settings.MaxRevisionTimeoutSeconds <= 0)
        {
            throw new ArgumentException($"The maximum revision timeout must be positive, not {args.Settings.MaxRevisionTimeoutSeconds}.", nameof(args));
        }

        if (args.HighAvailabilityReplicas < 1)
        {
            throw new ArgumentException($"The control plane needs at least one replica, not {args.HighAvailabilityReplicas}.", nameof(args));
        }
    }

    // A name is in a domain when it is the domain or under it (how external-dns matches its domain filters).
    private static bool InDomain(string name, string domain)
    {
        var n = name.TrimEnd('.');
        var d = domain.TrimEnd('.');
        return string.Equals(n, d, StringComparison.OrdinalIgnoreCase) || n.EndsWith("." + d, StringComparison.OrdinalIgnoreCase);
    }
}
