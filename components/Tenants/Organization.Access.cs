using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Pulumi;
using Pulumi.Aws.Eks;
using Pulumi.Kubernetes.Types.Inputs.Core.V1;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Rbac.V1;

namespace Numinia.Components.Tenants;

// Identity and access: each environment's IRSA role and service accounts, the RoleBindings of the
// organization's groups and its EKS access entries.
public sealed partial class Organization
{
    /// <summary>
    /// What an environment's role may do: read the environment's own secrets (by name prefix) and decrypt them
    /// through Secrets Manager only; with <see cref="OrganizationSpec.LiveSecretNames"/>, read its live secrets too; list, read, write and delete objects under the organization's prefix of the
    /// statics bucket and use the bucket's key through S3 only, for that bucket.
    /// </summary>
    public static ImmutableArray<PolicyStatement> RoleStatements(
        OrganizationSpec spec, EnvironmentSpec environment, string region, string accountId,
        string bucketArn, string secretsKeyArn, string bucketKeyArn)
    {
        var secretArn = $"arn:aws:secretsmanager:{region}:{accountId}:secret:";
        var secrets = $"{secretArn}{spec.SecretNamePrefix(environment)}*";
        var objects = $"{bucketArn}/{spec.StaticsPrefix}*";
        var statements = ImmutableArray.Create(
            // No ListSecrets or BatchGetSecretValue: IAM grants them only on "*", so a tenant could list the names,
            // tags and descriptions of every secret in the account, other tenants' included. ExternalSecrets name their
            // secrets here; dataFrom.find, the only caller of either, is unsupported (ExternalSecretsAddon.Statements).
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

        // No kms statement for the live secrets: made outside any code with no key named, they are encrypted with the
        // AWS-managed aws/secretsmanager, whose key policy lets the account's principals use it through Secrets Manager.
        // One under a customer key would stay unreadable, rather than the role being granted that key (docs/live-chart.md).
        return spec.LiveSecretNames
            ? statements.Add(PolicyStatement.Allow(new[] { "secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret" },
                new[] { secretArn + spec.LiveSecretNamePattern(environment) }, "ReadOwnLiveSecrets"))
            : statements;
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

    /// <summary>The environment's IRSA role and the workloads' service account annotated with it.</summary>
    private (IrsaRole Role, Pulumi.Kubernetes.Core.V1.ServiceAccount ServiceAccount) Identity(string prefix, OrganizationSpec spec,
        EnvironmentSpec environment, Output<string> ns, ImmutableDictionary<string, string> objectLabels, OrganizationArgs args,
        Output<string> bucketKeyArn)
    {
        var context = args.Cluster;
        var namespaceName = spec.NamespaceOf(environment);
        var role = new IrsaRole($"{prefix}-irsa", new IrsaRoleArgs
        {
            Oidc = context.Oidc,
            Namespace = namespaceName,
            ServiceAccount = namespaceName,
            Statements = Output.Tuple(context.Region, context.AccountId, args.StaticsBucketArn, context.KmsKeyArn, bucketKeyArn)
                .Apply(t => RoleStatements(spec, environment, t.Item1, t.Item2, t.Item3, t.Item4, t.Item5)),
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
                Annotations = { { IrsaRole.ServiceAccountAnnotation, role.RoleArn } },
            },
            AutomountServiceAccountToken = false,
        }, context.Kubernetes(this));
        return (role, serviceAccount);
    }

    /// <summary>
    /// Kubernetes creates the namespace's default service account itself; a server-side apply patch turns
    /// its token off without taking the object over (pods that name no service account get no API token).
    /// </summary>
    private void DefaultServiceAccount(string prefix, Output<string> ns, OrganizationCluster context)
        => _ = new Pulumi.Kubernetes.Core.V1.ServiceAccountPatch($"{prefix}-default-sa", new ServiceAccountPatchArgs
        {
            Metadata = new ObjectMetaPatchArgs { Name = "default", Namespace = ns },
            AutomountServiceAccountToken = false,
        }, context.Kubernetes(this));

    /// <summary>The RoleBindings of the organization's developer and viewer groups in one namespace.</summary>
    private void RoleBindings(string prefix, Output<string> ns, OrganizationSpec spec, ImmutableDictionary<string, string> objectLabels, OrganizationArgs args)
    {
        var rbac = args.RbacDependsOn.IsDefault ? Array.Empty<Resource>() : args.RbacDependsOn.ToArray();
        RoleBinding($"{prefix}-developers", ns, args.DeveloperClusterRole, spec.DeveloperGroup, objectLabels, args.Cluster, rbac);
        RoleBinding($"{prefix}-viewers", ns, args.ViewerClusterRole, spec.ViewerGroup, objectLabels, args.Cluster, rbac);
    }

    private void RoleBinding(string resourceName, Output<string> ns, string clusterRole, string group,
        ImmutableDictionary<string, string> labels, OrganizationCluster context, Resource[] dependsOn)
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

    /// <summary>The EKS access entries of the organization's developers and viewers, the viewers' view policy scoped to its namespaces.</summary>
    private void AccessEntries(string name, OrganizationSpec spec, OrganizationArgs args)
    {
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
