using System.Collections.Immutable;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Kubernetes;
using Pulumi;

namespace Numinia.Components.Tenants;

/// <summary>
/// One tenant organization, built from one config entry. Per environment: a namespace with Pod Security
/// Admission <c>restricted</c>, a quota and a limit range; network policies that deny by default and allow DNS,
/// the platform's ingress (Knative, Kourier, monitoring), egress to Kourier and to the internet but not to the
/// instance metadata endpoint or anything inside the VPC; a service account with its own IRSA role that reads
/// only the environment's secrets and the organization's statics prefix; an application settings secret; the
/// default service account without a token; RoleBindings of the organization's groups. For the organization:
/// EKS access entries of its developers and viewers and, when it has an ACME email, its own ClusterIssuer.
/// Every AWS resource is tagged <c>Organization=&lt;org&gt;</c>; every Kubernetes object uses the cluster's provider.
/// </summary>
public sealed partial class Organization : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:tenants:Organization";

    /// <summary>The tag every AWS resource of an organization carries.</summary>
    public const string OrganizationTag = "Organization";

    /// <summary>The namespace label naming the environment.</summary>
    public const string EnvironmentLabel = "numinia.xyz/environment";

    /// <summary>The label Kubernetes sets on every namespace with its name (namespace selectors use it).</summary>
    public const string NamespaceNameLabel = "kubernetes.io/metadata.name";

    /// <summary>The platform ClusterRole bound to an organization's developers in its namespaces.</summary>
    public const string DefaultDeveloperClusterRole = "platform-developer";

    /// <summary>The platform ClusterRole bound to an organization's viewers in its namespaces.</summary>
    public const string DefaultViewerClusterRole = "platform-viewer";

    /// <summary>The live Knative Serving namespace.</summary>
    public const string DefaultServingNamespace = "knative-serving";

    /// <summary>The live Kourier namespace.</summary>
    public const string DefaultKourierNamespace = "knative-serving";

    /// <summary>The name of each tenant namespace's SecretStore (the same name as the platform's ClusterSecretStore).</summary>
    public const string SecretStoreName = ExternalSecretsAddon.StoreName;

    /// <summary>The live monitoring namespace.</summary>
    public const string DefaultMonitoringNamespace = "monitoring";

    /// <summary>The instance metadata endpoint, which tenant pods must never reach (node credentials).</summary>
    public const string InstanceMetadataCidr = "169.254.169.254/32";

    /// <summary>The EKS access policy of viewers, scoped to the organization's namespaces.</summary>
    public const string ViewPolicyArn = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy";

    /// <summary>Let's Encrypt's production ACME directory.</summary>
    public const string LetsEncryptProduction = "https://acme-v02.api.letsencrypt.org/directory";

    /// <summary>The name of each environment's application settings secret, after the prefix.</summary>
    public const string AppSettingsSecret = "app-settings";

    /// <summary>Keys of each environment's entry in <see cref="Contract"/>.</summary>
    public static readonly ImmutableArray<string> ContractKeys = ImmutableArray.Create("namespace", "serviceAccount", "roleArn", "secretNamePrefix");

    // IAM role names are at most 64 characters; IrsaRole's role is auto-named "<name>-<env>-irsa-role-" + 7 characters.
    private const int MaxRoleName = 64;
    private const int AutoNameSuffix = 8;

    /// <summary>Per environment: namespace, service account, role, secrets (map env -&gt; {namespace, serviceAccount, roleArn, secretNamePrefix}).</summary>
    [Output("contract")]
    public Output<ImmutableDictionary<string, ImmutableDictionary<string, string>>> Contract { get; private set; }

    /// <summary>The environments, by name.</summary>
    public ImmutableDictionary<string, OrganizationEnvironment> Environments { get; }

    /// <summary>The organization's ClusterIssuer (cert-manager.io/v1), when it has an ACME email.</summary>
    public ClusterIssuer? Issuer { get; }

    /// <summary>Builds the organization.</summary>
    public Organization(string name, OrganizationArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var spec = args.Spec;
        Check(name, args);
        var context = args.Cluster;
        var bucketKeyArn = args.StaticsBucketKeyArn ?? context.KmsKeyArn;

        var environments = ImmutableDictionary.CreateBuilder<string, OrganizationEnvironment>(StringComparer.Ordinal);
        foreach (var environment in spec.Environments)
        {
            environments[environment.Name] = Environment($"{name}-{environment.Name}", spec, environment, args, bucketKeyArn);
        }

        Environments = environments.ToImmutable();

        AccessEntries(name, spec, args);

        if (spec.AcmeEmail is { } email)
        {
            Issuer = CreateIssuer($"{name}-issuer", spec, email, args);
        }

        Contract = Output.All(Environments.Values.Select(e => Output.Tuple(e.Namespace, e.ServiceAccount, e.RoleArn, e.SecretNamePrefix)
                .Apply(t => KeyValuePair.Create(e.Name, ImmutableDictionary<string, string>.Empty
                    .Add(ContractKeys[0], t.Item1)
                    .Add(ContractKeys[1], t.Item2)
                    .Add(ContractKeys[2], t.Item3)
                    .Add(ContractKeys[3], t.Item4)))))
            .Apply(pairs => pairs.ToImmutableDictionary(StringComparer.Ordinal));
        RegisterOutputs(new Dictionary<string, object?> { ["contract"] = Contract });
    }


    /// <summary>
    /// The organization while the platform is paused: only what holds data, each environment's application settings
    /// secret (same URNs, same inputs, so nothing is replaced and its values stay). Its namespaces, role, access entries
    /// and issuer went with the cluster and come back on resume; the contract names only the secrets' prefix meanwhile.
    /// </summary>
    public Organization(string name, PausedOrganizationArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var spec = args.Spec;
        foreach (var environment in spec.Environments)
        {
            _ = AppSettings($"{name}-{environment.Name}", spec, environment, args.KmsKeyArn);
        }

        Environments = ImmutableDictionary<string, OrganizationEnvironment>.Empty;
        Contract = Output.Create(spec.Environments.ToImmutableDictionary(e => e.Name, e => ImmutableDictionary<string, string>.Empty
            .Add(ContractKeys[0], "")
            .Add(ContractKeys[1], "")
            .Add(ContractKeys[2], "")
            .Add(ContractKeys[3], spec.SecretNamePrefix(e)), StringComparer.Ordinal));
        RegisterOutputs(new Dictionary<string, object?> { ["contract"] = Contract });
    }

    private static void Check(string name, OrganizationArgs args)
    {
        var spec = args.Spec;
        if (spec.Environments.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"The organization {spec.Name} has no environments.", nameof(args));
        }

        foreach (var environment in spec.Environments)
        {
            var roleName = $"{name}-{environment.Name}-irsa-role".Length + AutoNameSuffix;
            if (roleName > MaxRoleName)
            {
                throw new ArgumentException(
                    $"The IAM role of {name}/{environment.Name} would have a {roleName}-character name; IAM allows {MaxRoleName}.", nameof(name));
            }
        }

        var both = spec.DeveloperArns.Intersect(spec.ViewerArns, StringComparer.Ordinal).ToArray();
        if (both.Length > 0)
        {
            throw new ArgumentException(
                $"The principals {string.Join(", ", both)} are both developers and viewers of {spec.Name}; a principal has one access entry.", nameof(args));
        }
    }

    private OrganizationEnvironment Environment(string prefix, OrganizationSpec spec, EnvironmentSpec environment, OrganizationArgs args,
        Output<string> bucketKeyArn)
    {
        var context = args.Cluster;
        var namespaceName = spec.NamespaceOf(environment);
        var labels = ImmutableDictionary<string, string>.Empty
            .Add(NamespaceLabels.Organization, spec.Name)
            .Add(EnvironmentLabel, environment.Name);

        var platformNamespace = new PlatformNamespace(prefix, new PlatformNamespaceArgs
        {
            Name = namespaceName,
            PodSecurity = PodSecurityLevel.Restricted,
            Quota = spec.QuotaOf(environment),
            ContainerDefaults = spec.ContainerDefaultsOf(environment),
            Labels = spec.Labels.SetItems(labels).SetItem(NamespaceLabels.KnativeServed, NamespaceLabels.KnativeServedValue),
            Provider = context.KubernetesProvider,
        }, new ComponentResourceOptions { Parent = this });
        var ns = platformNamespace.Name;
        var objectLabels = labels.Add(PlatformNamespace.ManagedByLabel, "pulumi");

        NetworkPolicies(prefix, ns, objectLabels, args);
        var (role, serviceAccount) = Identity(prefix, spec, environment, ns, objectLabels, args, bucketKeyArn);
        NamespaceSecretStore(prefix, namespaceName, ns, objectLabels, args, serviceAccount);
        DefaultServiceAccount(prefix, ns, context);
        RoleBindings(prefix, ns, spec, objectLabels, args);
        var secret = AppSettings(prefix, spec, environment, context.KmsKeyArn);
        FluxReconciliation(prefix, spec, environment, ns, objectLabels, args);

        return new OrganizationEnvironment
        {
            Name = environment.Name,
            Namespace = ns,
            ServiceAccount = serviceAccount.Metadata.Apply(m => m.Name),
            RoleArn = role.RoleArn,
            SecretNamePrefix = Output.Create(spec.SecretNamePrefix(environment)),
            SecretArn = secret.Arn,
            PlatformNamespace = platformNamespace,
            Role = role,
        };
    }
}
