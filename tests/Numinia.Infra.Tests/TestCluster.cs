using Numinia.Components.Cluster;
using Numinia.Components.Iam;
using Pulumi;

namespace Numinia.Infra.Tests;

/// <summary>
/// The one cluster the component tests build shared services and organizations on, made inside the program under test
/// (its Kubernetes provider is a resource): the live cluster's name, account and region, a VPC, an OIDC provider and a KMS key.
/// </summary>
internal static class TestCluster
{
    public const string Name = "production-numinia";
    public const string Region = "eu-west-1";
    public const string AccountId = "111122223333";
    public const string VpcId = "vpc-0123456789abcdef0";
    public const string OidcIssuer = "oidc.eks.eu-west-1.amazonaws.com/id/0123456789ABCDEF0123456789ABCDEF";
    public const string OidcArn = "arn:aws:iam::111122223333:oidc-provider/" + OidcIssuer;
    public const string KmsKeyArn = "arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d-4e5f-6789-abcd-ef0123456789";

    /// <summary>The cluster's Kubernetes provider, named <c>k8s</c>.</summary>
    public static Pulumi.Kubernetes.Provider Provider() => new("k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = "{}" });

    /// <summary>The cluster as shared services take it, on <paramref name="provider"/> (a new one when null).</summary>
    public static ClusterContext Context(Pulumi.Kubernetes.Provider? provider = null, params Resource[] nodesReady) => new()
    {
        ClusterName = Name,
        Region = Region,
        AccountId = AccountId,
        VpcId = Output.Create(VpcId),
        Oidc = new OidcProvider { Arn = Output.Create(OidcArn), Issuer = Output.Create(OidcIssuer) },
        KmsKeyArn = Output.Create(KmsKeyArn),
        KubernetesProvider = provider ?? Provider(),
        NodesReady = [.. nodesReady],
    };
}
