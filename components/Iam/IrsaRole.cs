using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.Iam;

namespace Numinia.Components.Iam;

/// <summary>The cluster's IAM OIDC provider, which IRSA roles trust.</summary>
public sealed record OidcProvider
{
    /// <summary>The provider's ARN.</summary>
    public required Output<string> Arn { get; init; }

    /// <summary>The issuer without its scheme, e.g. <c>oidc.eks.eu-west-1.amazonaws.com/id/ABC</c>: the prefix of the condition keys.</summary>
    public required Output<string> Issuer { get; init; }
}

/// <summary>What an IRSA role is built from.</summary>
public sealed record IrsaRoleArgs
{
    /// <summary>The cluster's OIDC provider.</summary>
    public required OidcProvider Oidc { get; init; }

    /// <summary>The namespace of the one service account the role trusts.</summary>
    public required string Namespace { get; init; }

    /// <summary>The one service account the role trusts.</summary>
    public required string ServiceAccount { get; init; }

    /// <summary>What the role may do; resolved when the resources they name are known.</summary>
    public required Output<ImmutableArray<PolicyStatement>> Statements { get; init; }

    /// <summary>Managed policies to attach as well (AWS-managed policies of EKS add-ons).</summary>
    public ImmutableArray<string> ManagedPolicyArns { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>A sentence on what the role is for.</summary>
    public string? Description { get; init; }
}

/// <summary>
/// An IAM role for one Kubernetes service account (IRSA). Its trust policy lets exactly
/// <c>system:serviceaccount:&lt;namespace&gt;:&lt;name&gt;</c> assume it through the cluster's OIDC
/// provider, with StringEquals on both <c>sub</c> and <c>aud</c>; never a wildcard.
/// </summary>
public sealed class IrsaRole : ComponentResource
{
    /// <summary>The component's type token.</summary>
    public const string TypeToken = "numinia:iam:IrsaRole";

    /// <summary>The service account annotation that gives its pods the role (read by EKS's pod identity webhook).</summary>
    public const string ServiceAccountAnnotation = "eks.amazonaws.com/role-arn";

    /// <summary>The role's ARN, for the service account's <c>eks.amazonaws.com/role-arn</c> annotation.</summary>
    [Output("roleArn")]
    public Output<string> RoleArn { get; private set; }

    /// <summary>The role's name.</summary>
    [Output("roleName")]
    public Output<string> RoleName { get; private set; }

    /// <summary>The role itself, for components that attach more to it.</summary>
    public Role Role { get; }

    /// <summary>Builds the role and its policy.</summary>
    public IrsaRole(string name, IrsaRoleArgs args, ComponentResourceOptions? options = null)
        : base(TypeToken, name, options)
    {
        var child = new CustomResourceOptions { Parent = this };
        Role = new Role($"{name}-role", new RoleArgs
        {
            Description = args.Description ?? $"IRSA role of {args.Namespace}/{args.ServiceAccount}.",
            AssumeRolePolicy = Output.Tuple(args.Oidc.Arn, args.Oidc.Issuer)
                .Apply(t => TrustPolicy(t.Item1, t.Item2, args.Namespace, args.ServiceAccount).ToJson()),
            Tags = { { "KubernetesServiceAccount", $"{args.Namespace}/{args.ServiceAccount}" } },
        }, child);

        _ = new RolePolicy($"{name}-policy", new RolePolicyArgs
        {
            Role = Role.Id,
            Policy = args.Statements.Apply(s => PolicyDocument.Of(s.ToArray()).ToJson()),
        }, child);

        foreach (var (arn, i) in args.ManagedPolicyArns.Select((a, i) => (a, i)))
        {
            _ = new RolePolicyAttachment($"{name}-managed-{i}", new RolePolicyAttachmentArgs
            {
                Role = Role.Id,
                PolicyArn = arn,
            }, child);
        }

        RoleArn = Role.Arn;
        RoleName = Role.Name;
        RegisterOutputs(new Dictionary<string, object?> { ["roleArn"] = RoleArn, ["roleName"] = RoleName });
    }

    /// <summary>The trust policy for one service account through one OIDC provider.</summary>
    public static PolicyDocument TrustPolicy(string oidcProviderArn, string issuer, string serviceAccountNamespace, string serviceAccount)
    {
        var host = issuer.Replace("https://", "", StringComparison.Ordinal);
        return PolicyDocument.Of(new PolicyStatement
        {
            Action = ImmutableArray.Create("sts:AssumeRoleWithWebIdentity"),
            Principal = ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("Federated", ImmutableArray.Create(oidcProviderArn)),
            Condition = ImmutableDictionary<string, ImmutableDictionary<string, ImmutableArray<string>>>.Empty.Add("StringEquals",
                ImmutableDictionary<string, ImmutableArray<string>>.Empty
                    .Add($"{host}:sub", ImmutableArray.Create($"system:serviceaccount:{serviceAccountNamespace}:{serviceAccount}"))
                    .Add($"{host}:aud", ImmutableArray.Create("sts.amazonaws.com"))),
        });
    }
}
