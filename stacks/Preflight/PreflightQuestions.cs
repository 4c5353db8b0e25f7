using System.Collections.Immutable;
using Numinia.Stacks.Config;
using Pulumi;
using Pulumi.Aws.Eks;
using Pulumi.Aws.Iam;
using Pulumi.Aws.Rds;
using Pulumi.Aws.ServiceQuotas;

namespace Numinia.Stacks.Preflight;

/// <summary>
/// The preflight's questions to the account, each an AWS provider data source invoked with the stack's provider, so
/// that they run at preview with the operator's own credentials (the IAM permissions: eks:DescribeAddonVersions,
/// rds:DescribeDBEngineVersions, servicequotas:GetServiceQuota, iam:ListRoles, eks:ListClusters, eks:DescribeCluster, rds:DescribeDBClusters).
/// Every question is asked so that its answer is data (a list, or a version that always exists), never a failure.
/// </summary>
public static class PreflightQuestions
{
    /// <summary>Asks the account, through <paramref name="aws"/>, what the checks of <paramref name="config"/> need to know.</summary>
    public static Output<PreflightAnswers> Ask(PlatformConfig config, ProviderResource aws)
    {
        var options = new InvokeOptions { Provider = aws };
        var kubernetesVersion = config.Cluster.KubernetesVersion;
        var addons = Output.All(AddonVersionCheck.Pinned(config.Cluster).Select(pinned => Output.Tuple(
                GetAddonVersion.Invoke(new GetAddonVersionInvokeArgs { AddonName = pinned.Addon, KubernetesVersion = kubernetesVersion }, options),
                GetAddonVersion.Invoke(new GetAddonVersionInvokeArgs { AddonName = pinned.Addon, KubernetesVersion = kubernetesVersion, MostRecent = true }, options))
            .Apply(offer => KeyValuePair.Create(pinned.Addon, new AddonOffer(offer.Item1.Version, offer.Item2.Version)))))
            .Apply(offers => offers.ToImmutableDictionary(StringComparer.Ordinal));

        // The default of the configured major always exists for a major RDS offers; latest keeps it to one answer
        // where RDS marks several versions default.
        var engine = GetEngineVersion.Invoke(new GetEngineVersionInvokeArgs
        {
            Engine = EngineVersionCheck.Engine,
            ParameterGroupFamily = EngineVersionCheck.Family(config.Database.EngineVersion),
            DefaultOnly = true,
            Latest = true,
        }, options).Apply(answer => new EngineOffer(answer.VersionActual, answer.ValidUpgradeTargets.IsDefault ? ImmutableArray<string>.Empty : answer.ValidUpgradeTargets));

        var quotas = Output.All(VcpuQuotaCheck.All.Select(quota => GetServiceQuota.Invoke(new GetServiceQuotaInvokeArgs
        {
            ServiceCode = VcpuQuotaCheck.ServiceCode,
            QuotaCode = quota.Code,
        }, options).Apply(answer => KeyValuePair.Create(quota.Code, answer.Value))))
            .Apply(values => values.ToImmutableDictionary(StringComparer.Ordinal));

        var roles = GetRoles.Invoke(new GetRolesInvokeArgs
        {
            PathPrefix = ServiceLinkedRoleCheck.PathPrefix,
            NameRegex = ServiceLinkedRoleCheck.NameRegex,
        }, options).Apply(answer => OrEmpty(answer.Names));

        var noTags = ImmutableDictionary<string, string>.Empty;
        var eksClusters = Pulumi.Aws.Eks.GetClusters.Invoke(new Pulumi.Aws.Eks.GetClustersInvokeArgs(), options).Apply(answer => OrEmpty(answer.Names))
            .Apply(names => !names.Contains(config.Cluster.Name, StringComparer.Ordinal)
                ? Output.Create(new ExistingNames(names, noTags))
                : Pulumi.Aws.Eks.GetCluster.Invoke(new Pulumi.Aws.Eks.GetClusterInvokeArgs { Name = config.Cluster.Name }, options)
                    .Apply(cluster => new ExistingNames(names, cluster.Tags ?? noTags)));
        var dbClusters = Pulumi.Aws.Rds.GetClusters.Invoke(new Pulumi.Aws.Rds.GetClustersInvokeArgs(), options).Apply(answer => OrEmpty(answer.ClusterIdentifiers))
            .Apply(identifiers => identifiers.FirstOrDefault(i => string.Equals(i, config.Database.ClusterIdentifier, StringComparison.OrdinalIgnoreCase)) is not { } listed
                ? Output.Create(new ExistingNames(identifiers, noTags))
                : Pulumi.Aws.Rds.GetCluster.Invoke(new Pulumi.Aws.Rds.GetClusterInvokeArgs { ClusterIdentifier = listed }, options)
                    .Apply(cluster => new ExistingNames(identifiers, cluster.Tags ?? noTags)));

        return Output.Tuple(addons, engine, quotas, roles, eksClusters, dbClusters).Apply(answers => new PreflightAnswers
        {
            AccountId = config.AccountId,
            Region = config.Region,
            Addons = answers.Item1,
            AuroraPostgres = answers.Item2,
            VcpuQuotas = answers.Item3,
            ServiceLinkedRoles = answers.Item4,
            EksClusters = answers.Item5,
            DbClusters = answers.Item6,
        });
    }

    // An empty list can come back absent, which both SDKs read as a default array.
    private static ImmutableArray<string> OrEmpty(ImmutableArray<string> names) => names.IsDefault ? ImmutableArray<string>.Empty : names;
}
