using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Pulumi;
using Pulumi.Aws.CloudWatch;
using Pulumi.Aws.Kms;
using Pulumi.Eks.Inputs;

namespace Numinia.Components.Cluster;

/// <summary>What the EKS cluster is built from.</summary>
public sealed record EksClusterArgs
{
    /// <summary>The cluster's settings: name, version, log retention, Service range, access, public endpoint access.</summary>
    public required ClusterSettings Settings { get; init; }

    /// <summary>The AWS account the cluster lives in (the key policy names it).</summary>
    public required string AccountId { get; init; }

    /// <summary>The AWS region the cluster lives in (the key policy names it).</summary>
    public required string Region { get; init; }

    /// <summary>The VPC of the cluster.</summary>
    public required Output<string> VpcId { get; init; }

    /// <summary>The private subnets: the control plane's network interfaces and the nodes go only there.</summary>
    public required Output<ImmutableArray<string>> PrivateSubnetIds { get; init; }

    /// <summary>Tags for the cluster's AWS resources, besides the provider's default tags.</summary>
    public ImmutableDictionary<string, string> Tags { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// The platform is paused: only the KMS key (it encrypts the database and the organizations' secrets), its alias and
    /// the control-plane log group are kept; the cluster and its OIDC provider go, and come back new on resume.
    /// </summary>
    public bool Paused { get; init; }
}

/// <summary>
/// The EKS cluster: a private API endpoint, API-only authentication through access entries, Kubernetes
/// secrets encrypted with a customer-managed KMS key (also the key of node and EFS volumes), every
/// control-plane log type in a retained log group, and an IAM OIDC provider for IRSA. It installs no
/// add-ons and no nodes: <see cref="NetworkingAddons"/>, the node groups and <see cref="ManagedAddons"/> do.
/// </summary>
public sealed class EksCluster : ComponentResource
{
    /// <summary>The component's type token (frozen: changing it would replace every child).</summary>
    public const string TypeToken = "numinia:cluster:EksCluster";

    /// <summary>The control-plane log types that are enabled: all five.</summary>
    public static readonly ImmutableArray<string> ControlPlaneLogTypes =
        ImmutableArray.Create("api", "audit", "authenticator", "controllerManager", "scheduler");

    /// <summary>The EKS access policy that only platform admins get.</summary>
    public const string ClusterAdminPolicyArn = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy";

    /// <summary>The type token of the EKS cluster resource that Pulumi.Eks creates inside its component.</summary>
    public const string AwsClusterType = "aws:eks/cluster:Cluster";

    /// <summary>
    /// Turns off the implicit cluster-admin access entry EKS gives the principal that creates the cluster
    /// (<c>accessConfig.bootstrapClusterCreatorAdminPermissions</c>) on the AWS cluster resource; every
    /// other resource passes unchanged. Registered on the Pulumi.Eks component, whose children it reaches.
    /// </summary>
    public static Task<ResourceTransformResult?> WithoutCreatorAdmin(ResourceTransformArgs args, CancellationToken cancellationToken = default)
    {
        if (args.Type != AwsClusterType
            || !args.Args.TryGetValue("accessConfig", out var value)
            || value is not ImmutableDictionary<string, object?> accessConfig)
        {
            return Task.FromResult<ResourceTransformResult?>(null);
        }

        var properties = args.Args.SetItem("accessConfig", accessConfig.SetItem("bootstrapClusterCreatorAdminPermissions", false));
        return Task.FromResult<ResourceTransformResult?>(new ResourceTransformResult(properties, args.Options));
    }

    /// <summary>The cluster's name, once the cluster exists (dependents wait for the cluster through it).</summary>
    [Output("clusterName")]
    public Output<string> ClusterName { get; private set; }

    /// <summary>The private API server endpoint (https URL).</summary>
    [Output("endpoint")]
    public Output<string> Endpoint { get; private set; }

    /// <summary>The cluster's certificate authority data, base64-encoded PEM.</summary>
    [Output("certificateAuthority")]
    public Output<string> CertificateAuthority { get; private set; }

    /// <summary>The ARN of the cluster's IAM OIDC provider.</summary>
    [Output("oidcProviderArn")]
    public Output<string> OidcProviderArn { get; private set; }

    /// <summary>The OIDC issuer URL (<c>https://oidc.eks.&lt;region&gt;.amazonaws.com/id/&lt;id&gt;</c>).</summary>
    [Output("oidcIssuerUrl")]
    public Output<string> OidcIssuerUrl { get; private set; }

    /// <summary>A kubeconfig (JSON) that authenticates with <c>aws eks get-token</c>; secret.</summary>
    [Output("kubeconfig")]
    public Output<string> Kubeconfig { get; private set; }

    /// <summary>The cluster security group.</summary>
    [Output("clusterSecurityGroupId")]
    public Output<string> ClusterSecurityGroupId { get; private set; }

    /// <summary>The node security group.</summary>
    [Output("nodeSecurityGroupId")]
    public Output<string> NodeSecurityGroupId { get; private set; }

    /// <summary>The ARN of the cluster's KMS key (secrets, node volumes, EFS).</summary>
    [Output("kmsKeyArn")]
    public Output<string> KmsKeyArn { get; private set; }

    private readonly Pulumi.Eks.Cluster? _cluster;
    private readonly OidcProvider? _oidc;
    private readonly Pulumi.Kubernetes.Provider? _kubernetesProvider;

    /// <summary>The Pulumi.Eks cluster component; read only its scalar outputs. None while paused.</summary>
    public Pulumi.Eks.Cluster Cluster => _cluster ?? throw Paused();

    /// <summary>The customer-managed KMS key.</summary>
    public Key Key { get; }

    /// <summary>The cluster's OIDC provider, for IRSA roles. None while paused.</summary>
    public OidcProvider Oidc => _oidc ?? throw Paused();

    /// <summary>A Kubernetes provider for this cluster, built from its kubeconfig (never the ambient one). None while paused.</summary>
    public Pulumi.Kubernetes.Provider KubernetesProvider => _kubernetesProvider ?? throw Paused();

    /// <summary>Builds the cluster.</summary>
    public EksCluster(string name, EksClusterArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var settings = args.Settings;
        var accessEntries = AccessEntries(settings.Access);
        var child = new CustomResourceOptions { Parent = this };

        Key = new Key($"{name}-key", new KeyArgs
        {
            Description = $"Kubernetes secrets and node and EFS volumes of the EKS cluster {settings.Name}.",
            EnableKeyRotation = true,
            DeletionWindowInDays = 30,
            Policy = KeyPolicy(args.AccountId, args.Region).ToJson(),
            Tags = Tags(args, $"{settings.Name}-eks"),
        }, new CustomResourceOptions { Parent = this, Protect = true });

        _ = new Pulumi.Aws.Kms.Alias($"{name}-key-alias", new AliasArgs
        {
            Name = $"alias/{settings.Name}-eks",
            TargetKeyId = Key.KeyId,
        }, child);

        // EKS writes into /aws/eks/<cluster>/cluster; creating it first keeps it ours, with a retention.
        var logGroup = new LogGroup($"{name}-control-plane-logs", new LogGroupArgs
        {
            Name = $"/aws/eks/{settings.Name}/cluster",
            RetentionInDays = settings.LogRetentionDays,
            Tags = Tags(args, $"{settings.Name}-control-plane"),
        }, child);

        KmsKeyArn = Key.Arn;
        if (args.Paused)
        {
            ClusterName = Endpoint = CertificateAuthority = OidcProviderArn = OidcIssuerUrl = ClusterSecurityGroupId = NodeSecurityGroupId = Output.Create(string.Empty);
            Kubeconfig = Output.CreateSecret(string.Empty);
            RegisterOutputs(new Dictionary<string, object?> { ["kmsKeyArn"] = KmsKeyArn });
            return;
        }

        // Pulumi.Eks 4.3.0 always sets accessConfig.bootstrapClusterCreatorAdminPermissions = true on the EKS
        // cluster it creates when an authentication mode is given, and has no input to turn it off. The
        // WithoutCreatorAdmin transform, which the engine also runs on the component's children, turns it off:
        // nobody is cluster admin but the principals in Access (the one running `pulumi up` must be among them).
        _cluster = new Pulumi.Eks.Cluster($"{name}-eks", new Pulumi.Eks.ClusterArgs
        {
            Name = settings.Name,
            Version = settings.KubernetesVersion,
            VpcId = args.VpcId,
            // Only private subnets: the control plane's ENIs and every node stay there.
            PrivateSubnetIds = args.PrivateSubnetIds,
            EndpointPrivateAccess = true,
            // Private only unless the operator lists public addresses: nodes always use the private endpoint.
            EndpointPublicAccess = !settings.PublicAccessCidrs.IsEmpty,
            PublicAccessCidrs = PublicAccessList(settings.PublicAccessCidrs),
            KubernetesServiceIpAddressRange = settings.ServiceRange.ToString(),
            AuthenticationMode = Pulumi.Eks.AuthenticationMode.Api,
            AccessEntries = accessEntries,
            EncryptionConfigKeyArn = Key.Arn,
            EnabledClusterLogTypes = ControlPlaneLogTypes.ToArray(),
            CreateOidcProvider = true,
            SkipDefaultNodeGroup = true,
            // vpc-cni, kube-proxy and coredns come as EKS managed add-ons (NetworkingAddons, ManagedAddons):
            // EKS installs no self-managed copies, and Pulumi.Eks manages none of them.
            BootstrapSelfManagedAddons = false,
            UseDefaultVpcCni = true,
            CorednsAddonOptions = new CoreDnsAddonOptionsArgs { Enabled = false },
            KubeProxyAddonOptions = new KubeProxyAddonOptionsArgs { Enabled = false },
            // Not protected, in Pulumi or in EKS: the cluster holds nothing the program and Flux do not rebuild, and pausing
            // deletes it in the `up` that sets `paused` (Pulumi refuses to delete a protected resource, EKS one with
            // deletion protection). What holds data (the database, the bucket, the secrets, the KMS key) stays protected.
            DeletionProtection = false,
            Tags = args.Tags,
        }, new ComponentResourceOptions
        {
            Parent = this,
            DependsOn = { logGroup },
            ResourceTransforms = { WithoutCreatorAdmin },
        });

        // Resource-typed outputs of the remote component (eksCluster, core, ...) are not read: only its
        // scalar outputs, so the endpoint and the CA come out of the kubeconfig it builds.
        var endpoint = _cluster.KubeconfigJson.Apply(kubeconfig => ParseKubeconfig(kubeconfig));
        ClusterName = Cluster.KubeconfigJson.Apply(_ => settings.Name);
        Endpoint = endpoint.Apply(e => e.Server);
        CertificateAuthority = endpoint.Apply(e => e.CertificateAuthorityData);
        OidcProviderArn = Cluster.OidcProviderArn;
        OidcIssuerUrl = Cluster.OidcProviderUrl;
        Kubeconfig = Output.CreateSecret(Cluster.KubeconfigJson);
        ClusterSecurityGroupId = Cluster.ClusterSecurityGroupId;
        NodeSecurityGroupId = Cluster.NodeSecurityGroupId;
        _oidc = new OidcProvider
        {
            Arn = Cluster.OidcProviderArn,
            Issuer = Cluster.OidcIssuer.Apply(i => i.Replace("https://", "", StringComparison.Ordinal)),
        };

        _kubernetesProvider = new Pulumi.Kubernetes.Provider($"{name}-k8s", new Pulumi.Kubernetes.ProviderArgs
        {
            KubeConfig = Kubeconfig,
        }, child);

        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clusterName"] = ClusterName,
            ["endpoint"] = Endpoint,
            ["certificateAuthority"] = CertificateAuthority,
            ["oidcProviderArn"] = OidcProviderArn,
            ["oidcIssuerUrl"] = OidcIssuerUrl,
            ["kubeconfig"] = Kubeconfig,
            ["clusterSecurityGroupId"] = ClusterSecurityGroupId,
            ["nodeSecurityGroupId"] = NodeSecurityGroupId,
            ["kmsKeyArn"] = KmsKeyArn,
        });
    }

    private static InvalidOperationException Paused() => new("The platform is paused: it has no EKS cluster.");

    /// <summary>
    /// The key policy. The account administers the key (without using it directly), and principals of
    /// the account may use it only through the services that encrypt with it in the region (EKS, EC2, EFS,
    /// RDS, S3 and Secrets Manager), with grants only for AWS
    /// resources. The Auto Scaling service-linked role, which launches the nodes of managed node groups
    /// and cannot be given an IAM policy, may use it for the nodes' encrypted volumes.
    /// </summary>
    public static PolicyDocument KeyPolicy(string accountId, string region)
    {
        var account = ImmutableArray.Create($"arn:aws:iam::{accountId}:root");
        var autoScaling = ImmutableArray.Create(
            $"arn:aws:iam::{accountId}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling");
        var grantsForAwsResources = Condition("Bool", ("kms:GrantIsForAWSResource", ImmutableArray.Create("true")));
        return PolicyDocument.Of(
            new PolicyStatement
            {
                Sid = "AccountAdministersTheKey",
                Principal = Principal("AWS", account),
                Action = KeyAdministrationActions,
                Resource = ImmutableArray.Create("*"),
            },
            new PolicyStatement
            {
                Sid = "AccountUsesTheKeyThroughThePlatformServices",
                Principal = Principal("AWS", account),
                Action = KeyUseActions,
                Resource = ImmutableArray.Create("*"),
                Condition = Condition("StringEquals",
                    ("kms:CallerAccount", ImmutableArray.Create(accountId)),
                    ("kms:ViaService", ImmutableArray.Create(
                        $"eks.{region}.amazonaws.com", $"ec2.{region}.amazonaws.com", $"elasticfilesystem.{region}.amazonaws.com",
                        $"rds.{region}.amazonaws.com", $"s3.{region}.amazonaws.com", $"secretsmanager.{region}.amazonaws.com"))),
            },
            new PolicyStatement
            {
                Sid = "AccountGrantsOnlyForAwsResources",
                Principal = Principal("AWS", account),
                Action = ImmutableArray.Create("kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"),
                Resource = ImmutableArray.Create("*"),
                Condition = grantsForAwsResources,
            },
            new PolicyStatement
            {
                Sid = "AutoScalingUsesTheKeyForNodeVolumes",
                Principal = Principal("AWS", autoScaling),
                Action = KeyUseActions,
                Resource = ImmutableArray.Create("*"),
            },
            new PolicyStatement
            {
                Sid = "AutoScalingGrantsForNodeVolumes",
                Principal = Principal("AWS", autoScaling),
                Action = ImmutableArray.Create("kms:CreateGrant"),
                Resource = ImmutableArray.Create("*"),
                Condition = grantsForAwsResources,
            });
    }

    /// <summary>What administering the key means: everything but using it and granting its use.</summary>
    public static readonly ImmutableArray<string> KeyAdministrationActions = ImmutableArray.Create(
        "kms:DescribeKey", "kms:GetKeyPolicy", "kms:PutKeyPolicy", "kms:GetKeyRotationStatus", "kms:EnableKeyRotation",
        "kms:DisableKeyRotation", "kms:RotateKeyOnDemand", "kms:ListKeyRotations", "kms:EnableKey", "kms:DisableKey",
        "kms:UpdateKeyDescription", "kms:ListResourceTags", "kms:TagResource", "kms:UntagResource", "kms:ListAliases",
        "kms:CreateAlias", "kms:UpdateAlias", "kms:DeleteAlias", "kms:ListGrants", "kms:RevokeGrant", "kms:ListKeyPolicies",
        "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion");

    /// <summary>What using the key for envelope encryption means.</summary>
    public static readonly ImmutableArray<string> KeyUseActions = ImmutableArray.Create(
        "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey");

    /// <summary>The key of a principal's access entry: its ARN's resource part, e.g. <c>role-platform-admins</c>.</summary>
    public static string AccessEntryKey(string principalArn)
    {
        var resource = principalArn.Split(':', 6) is { Length: 6 } parts ? parts[5] : principalArn;
        return Regex.Replace(resource, "[^A-Za-z0-9]+", "-").Trim('-').ToLowerInvariant();
    }

    /// <summary>
    /// One access entry per principal, keyed by its ARN (so moving a principal to another role updates its
    /// entry in place): the platform group of its role, and the cluster-admin access policy for admins only.
    /// Everyone else's rights come from the platform ClusterRoles bound to their group.
    /// </summary>
    private static Dictionary<string, AccessEntryArgs> AccessEntries(PlatformAccess access)
    {
        var principals = new[]
            {
                (Arns: access.AdminArns, Group: PlatformAccess.AdminGroup),
                (Arns: access.DeveloperArns, Group: PlatformAccess.DeveloperGroup),
                (Arns: access.ViewerArns, Group: PlatformAccess.ViewerGroup),
                (Arns: access.MonitoringReaderArns, Group: PlatformAccess.MonitoringReaderGroup),
            }
            .SelectMany(role => (role.Arns.IsDefault ? ImmutableArray<string>.Empty : role.Arns).Select(arn => (Arn: arn, role.Group)))
            .ToImmutableArray();

        var problems = principals.GroupBy(p => p.Arn, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"the principal '{g.Key}' is in more than one platform role ({string.Join(", ", g.Select(p => p.Group))}); an IAM principal has one access entry")
            .Concat(principals.GroupBy(p => AccessEntryKey(p.Arn), StringComparer.Ordinal)
                .Where(g => g.Select(p => p.Arn).Distinct(StringComparer.Ordinal).Count() > 1)
                .Select(g => $"the principals {string.Join(", ", g.Select(p => $"'{p.Arn}'"))} have the same access entry key '{g.Key}'"))
            .ToImmutableArray();
        if (!problems.IsEmpty)
        {
            throw new ArgumentException("Invalid platform access: " + string.Join("; ", problems) + ".", nameof(access));
        }

        var entries = new Dictionary<string, AccessEntryArgs>(StringComparer.Ordinal);
        foreach (var (arn, group) in principals)
        {
            var entry = new AccessEntryArgs
            {
                PrincipalArn = arn,
                KubernetesGroups = { group },
                Type = Pulumi.Eks.AccessEntryType.Standard,
            };
            if (group == PlatformAccess.AdminGroup)
            {
                entry.AccessPolicies["cluster-admin"] = new AccessPolicyAssociationArgs
                {
                    PolicyArn = ClusterAdminPolicyArn,
                    AccessScope = new Pulumi.Aws.Eks.Inputs.AccessPolicyAssociationAccessScopeArgs { Type = "cluster" },
                };
            }

            entries[AccessEntryKey(arn)] = entry;
        }

        return entries;
    }

    private sealed record KubeconfigCluster(string Server, string CertificateAuthorityData);

    private static KubeconfigCluster ParseKubeconfig(string kubeconfigJson)
    {
        using var document = JsonDocument.Parse(kubeconfigJson);
        var cluster = document.RootElement.GetProperty("clusters")[0].GetProperty("cluster");
        return new KubeconfigCluster(
            cluster.GetProperty("server").GetString() ?? throw new FormatException("The kubeconfig's cluster has no server."),
            cluster.GetProperty("certificate-authority-data").GetString()
                ?? throw new FormatException("The kubeconfig's cluster has no certificate-authority-data."));
    }

    // Unset (not an empty list) while the endpoint is private: the provider then sends no publicAccessCidrs.
    private static InputList<string> PublicAccessList(ImmutableArray<Cidr> cidrs)
        => cidrs.IsEmpty ? null! : new InputList<string> { cidrs.Select(c => c.ToString()).ToImmutableArray() };

    private static InputMap<string> Tags(EksClusterArgs args, string name)
    {
        var tags = new InputMap<string> { { "Name", name } };
        foreach (var (key, value) in args.Tags)
        {
            tags.Add(key, value);
        }

        return tags;
    }

    private static ImmutableDictionary<string, ImmutableArray<string>> Principal(string kind, ImmutableArray<string> identifiers)
        => ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add(kind, identifiers);

    private static ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>> Condition(
        string test, params (string Key, ImmutableArray<string> Values)[] keys)
        => ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty.Add(test,
            keys.ToImmutableDictionary(k => k.Key, k => k.Values));
}
