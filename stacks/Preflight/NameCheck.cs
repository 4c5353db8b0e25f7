using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Data;
using Numinia.Stacks.Config;

namespace Numinia.Stacks.Preflight;

/// <summary>
/// Physical names the program creates that something else in the account already holds. The lists never fail on an
/// empty account (hashicorp/terraform-provider-aws, internal/service/eks/clusters_data_source.go: ListClusters;
/// internal/service/rds/clusters_data_source.go: DescribeDBClusters), so the answer is data; only a name the list holds
/// is then described (eks getCluster, rds getCluster, which fail on a name that does not exist), for its tags. A
/// resource carrying every tag of the stack's provider (<see cref="PlatformConfig.DefaultTags"/>: Environment,
/// ManagedBy, Project) is this stack's own, created by an earlier <c>up</c>, and not taken.
/// </summary>
public static class NameCheck
{
    /// <summary>The cluster name and, unless the database is adopted, its identifier, when something else in the account has them.</summary>
    public static IEnumerable<ConfigProblem> Problems(PlatformConfig config, bool databaseAdopted, ExistingNames eksClusters, ExistingNames dbClusters)
    {
        var (cluster, database) = (config.Cluster, config.Database);
        if (eksClusters.Listed.Contains(cluster.Name, StringComparer.Ordinal) && !IsOwn(eksClusters.TagsOfConfigured, config))
        {
            yield return new ConfigProblem($"{PlatformConfig.Project}:{ClusterSettings.Keys.ClusterName}", cluster.Name,
                $"is taken: account {config.AccountId} already has an EKS cluster of that name in {config.Region}, not this stack's "
                + $"({Listed(eksClusters.Listed)}); choose another name or adopt the cluster");
        }

        // RDS identifiers are case-insensitive and stored in lowercase.
        if (!databaseAdopted && dbClusters.Listed.Contains(database.ClusterIdentifier, StringComparer.OrdinalIgnoreCase) && !IsOwn(dbClusters.TagsOfConfigured, config))
        {
            yield return new ConfigProblem($"{PlatformConfig.Project}:{DatabaseSettings.Keys.ClusterIdentifier}", database.ClusterIdentifier,
                $"is taken: account {config.AccountId} already has a DB cluster of that identifier in {config.Region}, not this stack's "
                + $"({Listed(dbClusters.Listed)}); choose another identifier or adopt the database");
        }
    }

    /// <summary>Whether a resource with <paramref name="tags"/> carries every default tag of the stack.</summary>
    public static bool IsOwn(ImmutableDictionary<string, string> tags, PlatformConfig config)
        => config.DefaultTags.All(tag => tags.TryGetValue(tag.Key, out var value) && value == tag.Value);

    private static string Listed(ImmutableArray<string> names) => $"it has {string.Join(", ", names.Order(StringComparer.Ordinal))}";
}
