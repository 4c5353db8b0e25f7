using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Components.Addons;
using Numinia.Components.Addons.CertManager;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.ExternalSecrets.Inputs;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Aws.Eks;
using Pulumi.Aws.SecretsManager;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Networking.V1;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;

namespace Numinia.Components.Tenants;

/// <summary>A private destination inside the VPC that tenant pods may reach on one port (e.g. the database subnets).</summary>
/// <param name="Name">A DNS-1123 label naming the destination (it names the NetworkPolicy <c>allow-&lt;name&gt;-egress</c>).</param>
/// <param name="Cidrs">The destination's CIDR blocks.</param>
/// <param name="Port">The TCP port.</param>
public sealed record PrivateDestination(string Name, ImmutableArray<string> Cidrs, int Port);

/// <summary>What an organization is built from.</summary>
public sealed record OrganizationArgs
{
    /// <summary>The organization, validated by the stack config.</summary>
    public required OrganizationSpec Spec { get; init; }

    /// <summary>The cluster: region, account, OIDC provider, KMS key and Kubernetes provider.</summary>
    public required AddonContext Context { get; init; }

    /// <summary>The cluster's name as an output of the cluster, so that the access entries wait for it.</summary>
    public required Output<string> ClusterName { get; init; }

    /// <summary>The statics bucket's ARN (the organization reads and writes its <c>hyperfy-spaces/&lt;org&gt;/</c> prefix).</summary>
    public required Output<string> StaticsBucketArn { get; init; }

    /// <summary>The KMS key of the statics bucket's SSE-KMS encryption; the cluster key (<see cref="AddonContext.KmsKeyArn"/>) when null.</summary>
    public Output<string>? StaticsBucketKeyArn { get; init; }

    /// <summary>
    /// The VPC's CIDR block. With the VPC CNI, pods take their addresses from the VPC, so excluding it from the
    /// internet egress rule keeps every other pod (other tenants', the platform's) and every node out of reach.
    /// </summary>
    public required string VpcCidr { get; init; }

    /// <summary>More private ranges excluded from internet egress (e.g. a secondary pod CIDR with custom networking).</summary>
    public ImmutableArray<string> ExcludedCidrs { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>Private destinations inside the VPC tenant pods may reach (e.g. the database subnets on 5432).</summary>
    public ImmutableArray<PrivateDestination> PrivateDestinations { get; init; } = ImmutableArray<PrivateDestination>.Empty;

    /// <summary>The Knative Serving namespace (activator and autoscaler reach the tenant's pods).</summary>
    public string ServingNamespace { get; init; } = Organization.DefaultServingNamespace;

    /// <summary>The Kourier namespace (its gateways route requests to the tenant's pods).</summary>
    public string KourierNamespace { get; init; } = Organization.DefaultKourierNamespace;

    /// <summary>The monitoring namespace (Prometheus scrapes the tenant's pods).</summary>
    public string MonitoringNamespace { get; init; } = Organization.DefaultMonitoringNamespace;

    /// <summary>The ClusterRole bound to the organization's developers in its namespaces.</summary>
    public string DeveloperClusterRole { get; init; } = Organization.DefaultDeveloperClusterRole;

    /// <summary>The ClusterRole bound to the organization's viewers in its namespaces.</summary>
    public string ViewerClusterRole { get; init; } = Organization.DefaultViewerClusterRole;

    /// <summary>What the RoleBindings wait for (the platform ClusterRoles).</summary>
    public ImmutableArray<Resource> RbacDependsOn { get; init; } = ImmutableArray<Resource>.Empty;

    /// <summary>What the organization's ClusterIssuer waits for (the cert-manager release with its CRDs and webhook).</summary>
    public ImmutableArray<Resource> IssuerDependsOn { get; init; } = ImmutableArray<Resource>.Empty;

    /// <summary>What the namespaces' SecretStores wait for: the External Secrets release (its CRDs and webhook).</summary>
    public ImmutableArray<Resource> SecretStoreDependsOn { get; init; } = ImmutableArray<Resource>.Empty;

    /// <summary>The ACME directory of the organization's ClusterIssuer (Let's Encrypt production).</summary>
    public string AcmeServer { get; init; } = Organization.LetsEncryptProduction;

    /// <summary>The ingress class that solves HTTP-01 challenges (Kourier's, as the live issuers).</summary>
    public string Http01IngressClass { get; init; } = Organization.KourierIngressClass;
}

/// <summary>What one environment of an organization gives application repositories.</summary>
public sealed record OrganizationEnvironment
{
    /// <summary>The environment's name.</summary>
    public required string Name { get; init; }

    /// <summary>The namespace, once it exists.</summary>
    public required Output<string> Namespace { get; init; }

    /// <summary>The workloads' service account (named after the namespace), once it exists.</summary>
    public required Output<string> ServiceAccount { get; init; }

    /// <summary>The service account's own IRSA role.</summary>
    public required Output<string> RoleArn { get; init; }

    /// <summary>The name prefix of the environment's Secrets Manager secrets (<c>numinia/&lt;org&gt;/&lt;env&gt;/</c>).</summary>
    public required Output<string> SecretNamePrefix { get; init; }

    /// <summary>The ARN of the environment's application settings secret.</summary>
    public required Output<string> SecretArn { get; init; }

    /// <summary>The namespace with its quota and limit range.</summary>
    public required PlatformNamespace PlatformNamespace { get; init; }

    /// <summary>The IRSA role of the service account.</summary>
    public required IrsaRole Role { get; init; }
}

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
public sealed class Organization : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:tenants:Organization";

    /// <summary>The tag every AWS resource of an organization carries.</summary>
    public const string OrganizationTag = "Organization";

    /// <summary>The namespace label naming the organization.</summary>
    public const string OrganizationLabel = "numinia.xyz/organization";

    /// <summary>The namespace label naming the environment.</summary>
    public const string EnvironmentLabel = "numinia.xyz/environment";

    /// <summary>The service account annotation IRSA reads.</summary>
    public const string RoleArnAnnotation = "eks.amazonaws.com/role-arn";

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

    /// <summary>The ingress class of Kourier, through which the live issuers solve HTTP-01.</summary>
    public const string KourierIngressClass = "kourier.ingress.networking.knative.dev";

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
        var context = args.Context;
        var bucketKeyArn = args.StaticsBucketKeyArn ?? context.KmsKeyArn;

        var environments = ImmutableDictionary.CreateBuilder<string, OrganizationEnvironment>(StringComparer.Ordinal);
        foreach (var environment in spec.Environments)
        {
            environments[environment.Name] = Environment($"{name}-{environment.Name}", spec, environment, args, bucketKeyArn);
        }

        Environments = environments.ToImmutable();

        var namespaces = spec.Environments.Select(spec.NamespaceOf).ToImmutableArray();
        foreach (var arn in spec.DeveloperArns)
        {
            _ = Entry($"{name}-developer-{EksCluster.AccessEntryKey(arn)}", arn, spec.DeveloperGroup, args, spec);
        }

        // Developers' rights come only from the RoleBindings of platform-developer in the organization's
        // namespaces: an EKS access policy (AmazonEKSEditPolicy) would grant its own, wider set beside them.
        // Viewers also get AmazonEKSViewPolicy (Kubernetes' view rights, which exclude Secrets), scoped to the
        // same namespaces and never the cluster, so that reading does not hang on the platform-viewer ClusterRole alone.
        foreach (var arn in spec.ViewerArns)
        {
            var entryName = $"{name}-viewer-{EksCluster.AccessEntryKey(arn)}";
            var entry = Entry(entryName, arn, spec.ViewerGroup, args, spec);
            _ = new AccessPolicyAssociation($"{entryName}-view", new AccessPolicyAssociationArgs
            {
                ClusterName = entry.ClusterName,
                PrincipalArn = entry.PrincipalArn,
                PolicyArn = ViewPolicyArn,
                AccessScope = new Pulumi.Aws.Eks.Inputs.AccessPolicyAssociationAccessScopeArgs
                {
                    Type = "namespace",
                    Namespaces = namespaces,
                },
            }, new CustomResourceOptions { Parent = this });
        }

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
    /// What an environment's role may do: read the environment's own secrets (by name prefix) and decrypt them
    /// through Secrets Manager only; list, read, write and delete objects under the organization's prefix of the
    /// statics bucket and use the bucket's key through S3 only, for that bucket.
    /// </summary>
    public static ImmutableArray<PolicyStatement> RoleStatements(
        OrganizationSpec spec, EnvironmentSpec environment, string region, string accountId,
        string bucketArn, string secretsKeyArn, string bucketKeyArn)
    {
        var secrets = $"arn:aws:secretsmanager:{region}:{accountId}:secret:{spec.SecretNamePrefix(environment)}*";
        var objects = $"{bucketArn}/{spec.StaticsPrefix}*";
        return ImmutableArray.Create(
            PolicyStatement.Allow(new[] { "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret" }, new[] { secrets }, "ReadOwnSecrets"),
            new PolicyStatement
            {
                Sid = "DecryptOwnSecretsThroughSecretsManager",
                Action = ImmutableArray.Create("kms:Decrypt"),
                Resource = ImmutableArray.Create(secretsKeyArn),
                Condition = Conditions(
                    ("StringEquals", "kms:ViaService", ImmutableArray.Create($"secretsmanager.{region}.amazonaws.com")),
                    ("StringLike", "kms:EncryptionContext:SecretARN", ImmutableArray.Create(secrets))),
            },
            new PolicyStatement
            {
                Sid = "ListOwnStaticsPrefix",
                Action = ImmutableArray.Create("s3:ListBucket"),
                Resource = ImmutableArray.Create(bucketArn),
                Condition = Conditions(("StringLike", "s3:prefix", ImmutableArray.Create($"{spec.StaticsPrefix}*"))),
            },
            PolicyStatement.Allow(new[] { "s3:GetObject", "s3:PutObject", "s3:DeleteObject" }, new[] { objects }, "ReadWriteOwnStatics"),
            new PolicyStatement
            {
                Sid = "EncryptOwnStaticsThroughS3",
                Action = ImmutableArray.Create("kms:GenerateDataKey", "kms:Decrypt"),
                Resource = ImmutableArray.Create(bucketKeyArn),
                // S3 names the object (or, with S3 Bucket Keys, the bucket) in the encryption context.
                Condition = Conditions(
                    ("StringEquals", "kms:ViaService", ImmutableArray.Create($"s3.{region}.amazonaws.com")),
                    ("StringLike", "kms:EncryptionContext:aws:s3:arn", ImmutableArray.Create(bucketArn, objects))),
            });
    }

    /// <summary>
    /// A transform that adds <c>Organization=&lt;org&gt;</c> to the tags of the IAM role inside an <see cref="IrsaRole"/>
    /// (which takes no tags of its own); the engine runs it on the component's children.
    /// </summary>
    public static ResourceTransform TagRoleWith(string organization) => (args, _) =>
    {
        if (args.Type != "aws:iam/role:Role")
        {
            return Task.FromResult<ResourceTransformResult?>(null);
        }

        var tags = args.Args.TryGetValue("tags", out var value) && value is ImmutableDictionary<string, object?> existing
            ? existing
            : ImmutableDictionary<string, object?>.Empty;
        var properties = args.Args.SetItem("tags", tags.SetItem(OrganizationTag, organization));
        return Task.FromResult<ResourceTransformResult?>(new ResourceTransformResult(properties, args.Options));
    };

    /// <summary>The initial value of an application settings secret: each configured key with an empty value.</summary>
    public static string InitialSettings(ImmutableArray<string> keys)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            settings[key] = string.Empty;
        }

        return JsonSerializer.Serialize(settings);
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

        foreach (var cidr in args.ExcludedCidrs.Prepend(args.VpcCidr).Concat(args.PrivateDestinations.SelectMany(d => d.Cidrs)))
        {
            if (!Cidr.TryParse(cidr, out _, out var error))
            {
                throw new ArgumentException($"'{cidr}' {error}.", nameof(args));
            }
        }
    }

    private OrganizationEnvironment Environment(string prefix, OrganizationSpec spec, EnvironmentSpec environment, OrganizationArgs args,
        Output<string> bucketKeyArn)
    {
        var context = args.Context;
        var namespaceName = spec.NamespaceOf(environment);
        var labels = ImmutableDictionary<string, string>.Empty
            .Add(OrganizationLabel, spec.Name)
            .Add(EnvironmentLabel, environment.Name);

        var platformNamespace = new PlatformNamespace(prefix, new PlatformNamespaceArgs
        {
            Name = namespaceName,
            PodSecurity = PodSecurityLevel.Restricted,
            Quota = spec.QuotaOf(environment),
            ContainerDefaults = spec.ContainerDefaultsOf(environment),
            Labels = spec.Labels.SetItems(labels),
            Provider = context.KubernetesProvider,
        }, new ComponentResourceOptions { Parent = this });
        var ns = platformNamespace.Name;
        var objectLabels = labels.Add(PlatformNamespace.ManagedByLabel, "pulumi");

        NetworkPolicies(prefix, ns, objectLabels, args);

        var role = new IrsaRole($"{prefix}-irsa", new IrsaRoleArgs
        {
            Oidc = context.Oidc,
            Namespace = namespaceName,
            ServiceAccount = namespaceName,
            Statements = Output.Tuple(args.StaticsBucketArn, context.KmsKeyArn, bucketKeyArn)
                .Apply(t => RoleStatements(spec, environment, context.Region, context.AccountId, t.Item1, t.Item2, t.Item3)),
            Description = $"Workloads of {spec.Name} {environment.Name} (namespace {namespaceName}).",
        }, new ComponentResourceOptions { Parent = this, ResourceTransforms = { TagRoleWith(spec.Name) } });

        // Workloads take AWS credentials from the projected IRSA token, which the EKS webhook mounts whatever
        // automountServiceAccountToken says; they never call the Kubernetes API, so they get no API token.
        var serviceAccount = new Pulumi.Kubernetes.Core.V1.ServiceAccount($"{prefix}-sa", new ServiceAccountArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = namespaceName,
                Namespace = ns,
                Labels = objectLabels,
                Annotations = { { RoleArnAnnotation, role.RoleArn } },
            },
            AutomountServiceAccountToken = false,
        }, context.Kubernetes(this));

        // The namespace's own store, authenticated as its service account: ExternalSecrets here read only what
        // this environment's role may read (the platform's ClusterSecretStore refuses tenant namespaces).
        var storeDependencies = (args.SecretStoreDependsOn.IsDefault ? ImmutableArray<Resource>.Empty : args.SecretStoreDependsOn)
            .Add(serviceAccount).ToArray();
        _ = new SecretStore($"{prefix}-secret-store", new SecretStoreArgs
        {
            Metadata = new ObjectMetaArgs { Name = SecretStoreName, Namespace = ns, Labels = objectLabels },
            Spec = new SecretStoreSpecArgs
            {
                Provider = new SecretStoreProviderArgs
                {
                    Aws = new AwsProviderArgs
                    {
                        Service = "SecretsManager",
                        Region = context.Region,
                        Auth = new AwsAuthArgs
                        {
                            Jwt = new AwsJwtAuthArgs { ServiceAccountRef = new ServiceAccountSelectorArgs { Name = namespaceName } },
                        },
                    },
                },
            },
        }, context.Kubernetes(this, storeDependencies));

        // Kubernetes creates the namespace's default service account itself; a server-side apply patch turns
        // its token off without taking the object over (pods that name no service account get no API token).
        _ = new Pulumi.Kubernetes.Core.V1.ServiceAccountPatch($"{prefix}-default-sa", new ServiceAccountPatchArgs
        {
            Metadata = new ObjectMetaPatchArgs { Name = "default", Namespace = ns },
            AutomountServiceAccountToken = false,
        }, context.Kubernetes(this));

        var rbac = args.RbacDependsOn.IsDefault ? Array.Empty<Resource>() : args.RbacDependsOn.ToArray();
        RoleBinding($"{prefix}-developers", ns, args.DeveloperClusterRole, spec.DeveloperGroup, objectLabels, context, rbac);
        RoleBinding($"{prefix}-viewers", ns, args.ViewerClusterRole, spec.ViewerGroup, objectLabels, context, rbac);

        var secretName = spec.SecretNamePrefix(environment) + AppSettingsSecret;
        var secret = new Secret($"{prefix}-app-settings", new Pulumi.Aws.SecretsManager.SecretArgs
        {
            Name = secretName,
            Description = $"Application settings of {spec.Name} {environment.Name}; values are set outside Pulumi.",
            KmsKeyId = context.KmsKeyArn,
            Tags = { { OrganizationTag, spec.Name } },
        }, new CustomResourceOptions { Parent = this });

        // The program writes the keys once; the values are set in Secrets Manager by the organization's
        // operators, and ignoring the secret string keeps them from being reset on the next update.
        _ = new SecretVersion($"{prefix}-app-settings-initial", new SecretVersionArgs
        {
            SecretId = secret.Id,
            SecretString = InitialSettings(spec.AppSettingsKeys.IsDefault ? ImmutableArray<string>.Empty : spec.AppSettingsKeys),
        }, new CustomResourceOptions { Parent = this, IgnoreChanges = { "secretString" } });

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

    private void NetworkPolicies(string prefix, Output<string> ns, ImmutableDictionary<string, string> labels, OrganizationArgs args)
    {
        var context = args.Context;
        var allPods = new LabelSelectorArgs();

        Policy("default-deny", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Ingress", "Egress" },
        });

        Policy("allow-dns", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Egress" },
            Egress =
            {
                new NetworkPolicyEgressRuleArgs
                {
                    // One peer with both selectors: the kube-dns pods of kube-system, nothing else there.
                    To =
                    {
                        new NetworkPolicyPeerArgs
                        {
                            NamespaceSelector = NamespaceSelector("kube-system"),
                            PodSelector = new LabelSelectorArgs { MatchLabels = { { "k8s-app", "kube-dns" } } },
                        },
                    },
                    Ports =
                    {
                        new NetworkPolicyPortArgs { Protocol = "UDP", Port = 53 },
                        new NetworkPolicyPortArgs { Protocol = "TCP", Port = 53 },
                    },
                },
            },
        });

        Policy("allow-platform-ingress", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Ingress" },
            Ingress =
            {
                new NetworkPolicyIngressRuleArgs
                {
                    From =
                    {
                        new NetworkPolicyPeerArgs { NamespaceSelector = NamespaceSelector(args.ServingNamespace) },
                        new NetworkPolicyPeerArgs { NamespaceSelector = NamespaceSelector(args.KourierNamespace) },
                        new NetworkPolicyPeerArgs { NamespaceSelector = NamespaceSelector(args.MonitoringNamespace) },
                    },
                },
            },
        });

        // Calls to other Knative services by their cluster-local names go through Kourier's internal gateway,
        // whose pods are inside the VPC range the internet rule excludes. Knative Serving's own pods only call
        // in (activator, autoscaler), so no egress to that namespace is needed.
        Policy("allow-kourier-egress", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Egress" },
            Egress = { new NetworkPolicyEgressRuleArgs { To = { new NetworkPolicyPeerArgs { NamespaceSelector = NamespaceSelector(args.KourierNamespace) } } } },
        });

        var except = new InputList<string> { InstanceMetadataCidr, args.VpcCidr };
        foreach (var cidr in args.ExcludedCidrs.IsDefault ? ImmutableArray<string>.Empty : args.ExcludedCidrs)
        {
            except.Add(cidr);
        }

        Policy("allow-internet-egress", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Egress" },
            Egress =
            {
                new NetworkPolicyEgressRuleArgs
                {
                    To = { new NetworkPolicyPeerArgs { IpBlock = new IPBlockArgs { Cidr = "0.0.0.0/0", Except = except } } },
                },
            },
        });

        foreach (var destination in args.PrivateDestinations.IsDefault ? ImmutableArray<PrivateDestination>.Empty : args.PrivateDestinations)
        {
            var rule = new NetworkPolicyEgressRuleArgs { Ports = { new NetworkPolicyPortArgs { Protocol = "TCP", Port = destination.Port } } };
            foreach (var cidr in destination.Cidrs)
            {
                rule.To.Add(new NetworkPolicyPeerArgs { IpBlock = new IPBlockArgs { Cidr = cidr } });
            }

            Policy($"allow-{destination.Name}-egress", new NetworkPolicySpecArgs { PodSelector = allPods, PolicyTypes = { "Egress" }, Egress = { rule } });
        }

        void Policy(string policyName, NetworkPolicySpecArgs spec)
            => _ = new Pulumi.Kubernetes.Networking.V1.NetworkPolicy($"{prefix}-{policyName}", new NetworkPolicyArgs
            {
                Metadata = new ObjectMetaArgs { Name = policyName, Namespace = ns, Labels = labels },
                Spec = spec,
            }, context.Kubernetes(this));
    }

    private static LabelSelectorArgs NamespaceSelector(string namespaceName)
        => new() { MatchLabels = { { NamespaceNameLabel, namespaceName } } };

    private void RoleBinding(string resourceName, Output<string> ns, string clusterRole, string group,
        ImmutableDictionary<string, string> labels, AddonContext context, Resource[] dependsOn)
        => _ = new Pulumi.Kubernetes.Rbac.V1.RoleBinding(resourceName, new RoleBindingArgs
        {
            Metadata = new ObjectMetaArgs { Name = group, Namespace = ns, Labels = labels },
            RoleRef = new RoleRefArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "ClusterRole", Name = clusterRole },
            Subjects = { new SubjectArgs { ApiGroup = "rbac.authorization.k8s.io", Kind = "Group", Name = group } },
        }, context.Kubernetes(this, dependsOn));

    private AccessEntry Entry(string resourceName, string principalArn, string group, OrganizationArgs args, OrganizationSpec spec)
        => new(resourceName, new AccessEntryArgs
        {
            ClusterName = args.ClusterName,
            PrincipalArn = principalArn,
            KubernetesGroups = { group },
            Type = "STANDARD",
            Tags = { { OrganizationTag, spec.Name } },
        }, new CustomResourceOptions { Parent = this });

    private ClusterIssuer CreateIssuer(string resourceName, OrganizationSpec spec, string email, OrganizationArgs args)
    {
        var solver = new ClusterIssuerSpecAcmeSolversArgs
        {
            Http01 = new ClusterIssuerSpecAcmeSolversHttp01Args
            {
                Ingress = new ClusterIssuerSpecAcmeSolversHttp01IngressArgs { Class = args.Http01IngressClass },
            },
        };
        if (!spec.Domains.IsDefaultOrEmpty)
        {
            // The organization's issuer answers challenges for its own zones only.
            solver.Selector = new ClusterIssuerSpecAcmeSolversSelectorArgs { DnsZones = spec.Domains };
        }

        var dependsOn = args.IssuerDependsOn.IsDefault ? Array.Empty<Resource>() : args.IssuerDependsOn.ToArray();
        return new ClusterIssuer(resourceName, new ClusterIssuerArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = spec.IssuerName,
                Labels = { { OrganizationLabel, spec.Name }, { PlatformNamespace.ManagedByLabel, "pulumi" } },
            },
            Spec = new ClusterIssuerSpecArgs
            {
                Acme = new ClusterIssuerSpecAcmeArgs
                {
                    Server = args.AcmeServer,
                    Email = email,
                    PrivateKeySecretRef = new ClusterIssuerSpecAcmePrivateKeySecretRefArgs { Name = $"{spec.IssuerName}-account-key" },
                    Solvers = { solver },
                },
            },
        }, args.Context.Kubernetes(this, dependsOn));
    }

    private static ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>> Conditions(
        params (string Operator, string Key, ImmutableArray<string> Values)[] conditions)
    {
        var result = ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty;
        foreach (var (op, key, values) in conditions)
        {
            var keys = result.TryGetValue(op, out var existing) ? existing : ImmutableDictionary<string, ImmutableArray<string>>.Empty;
            result = result.SetItem(op, keys.Add(key, values));
        }

        return result;
    }
}
