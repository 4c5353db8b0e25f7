using System.Collections.Immutable;
using Numinia.Stacks.Config;

namespace Numinia.Stacks.Preflight;

/// <summary>
/// The service-linked roles the cluster key's policy names (<see cref="Components.Cluster.EksCluster.KeyPolicy"/>): KMS
/// refuses a key policy whose principal does not exist (MalformedPolicyDocumentException), and an account gets the Auto
/// Scaling role only when it first creates an Auto Scaling group. The data source lists the roles under a path and
/// never fails on none (hashicorp/terraform-provider-aws, internal/service/iam/roles_data_source.go: ListRoles with the
/// path prefix, then the name regex applied to the names).
/// </summary>
public static class ServiceLinkedRoleCheck
{
    /// <summary>A service-linked role: its name, its path and the service that creates it.</summary>
    public sealed record Role(string Name, string PathPrefix, string ServiceName);

    /// <summary>The Auto Scaling role, which launches managed node groups' instances with their encrypted volumes.</summary>
    public static readonly Role AutoScaling = new("AWSServiceRoleForAutoScaling", "/aws-service-role/autoscaling.amazonaws.com/", "autoscaling.amazonaws.com");

    /// <summary>The roles the key policy names.</summary>
    public static readonly ImmutableArray<Role> Named = ImmutableArray.Create(AutoScaling);

    /// <summary>The path every service-linked role is under, the one preflight lists.</summary>
    public const string PathPrefix = "/aws-service-role/";

    /// <summary>The name regex preflight asks with: the named roles only.</summary>
    public static string NameRegex => "^(" + string.Join("|", Named.Select(r => r.Name)) + ")$";

    /// <summary>Each role the key policy names that the account does not have.</summary>
    public static IEnumerable<ConfigProblem> Problems(ImmutableArray<string> existing, string accountId)
        => Named.Where(role => !existing.Contains(role.Name, StringComparer.Ordinal)).Select(role =>
            new ConfigProblem($"{PlatformConfig.Project}:{ConfigKeys.AccountIdKey}", accountId,
                $"has no service-linked role {role.Name}, which the cluster key's policy names (KMS refuses a policy naming a role that does not exist); "
                + $"create it once: aws iam create-service-linked-role --aws-service-name {role.ServiceName}"));
}
