using System.Collections.Immutable;
using Numinia.Components.Cluster;
using Numinia.Components.Data;
using Numinia.Stacks.Config;

namespace Numinia.Stacks.Preflight;

/// <summary>
/// Physical names the program creates that the account already holds. Both data sources list and never fail on an
/// empty account (hashicorp/terraform-provider-aws, internal/service/eks/clusters_data_source.go: ListClusters;
/// internal/service/rds/clusters_data_source.go: DescribeDBClusters), so the answer is data.
/// </summary>
public static class NameCheck
{
    /// <summary>The cluster name and, unless the database is adopted, its identifier, when the account already has them.</summary>
    public static IEnumerable<ConfigProblem> Problems(ClusterSettings cluster, DatabaseSettings database, bool databaseAdopted,
        ImmutableArray<string> eksClusters, ImmutableArray<string> dbClusters, string accountId, string region)
    {
        if (eksClusters.Contains(cluster.Name, StringComparer.Ordinal))
        {
            yield return new ConfigProblem($"{PlatformConfig.Project}:{ClusterSettings.Keys.ClusterName}", cluster.Name,
                $"is taken: account {accountId} already has an EKS cluster of that name in {region} ({Listed(eksClusters)}); choose another name or adopt the cluster");
        }

        // RDS identifiers are case-insensitive and stored in lowercase.
        if (!databaseAdopted && dbClusters.Contains(database.ClusterIdentifier, StringComparer.OrdinalIgnoreCase))
        {
            yield return new ConfigProblem($"{PlatformConfig.Project}:{DatabaseSettings.Keys.ClusterIdentifier}", database.ClusterIdentifier,
                $"is taken: account {accountId} already has a DB cluster of that identifier in {region} ({Listed(dbClusters)}); choose another identifier or adopt the database");
        }
    }

    private static string Listed(ImmutableArray<string> names) => $"it has {string.Join(", ", names.Order(StringComparer.Ordinal))}";
}
