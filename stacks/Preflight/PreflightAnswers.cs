using System.Collections.Immutable;

namespace Numinia.Stacks.Preflight;

/// <summary>What EKS offers of one add-on for the cluster's Kubernetes version: its default and its most recent version.</summary>
/// <param name="Default">The version EKS installs when none is asked for (getAddonVersion without mostRecent).</param>
/// <param name="MostRecent">The newest version EKS offers (getAddonVersion with mostRecent).</param>
public sealed record AddonOffer(string Default, string MostRecent);

/// <summary>
/// What RDS offers of Aurora PostgreSQL for the configured major version: the default version of the major and the
/// versions it can be upgraded to (a new cluster may be created at any of them).
/// </summary>
/// <param name="Default">The default version of the major (getEngineVersion with its parameter group family and defaultOnly).</param>
/// <param name="UpgradeTargets">The default's valid upgrade targets (all majors and minors).</param>
public sealed record EngineOffer(string Default, ImmutableArray<string> UpgradeTargets);

/// <summary>
/// The names of one kind of resource the account has in the region, and the tags of the one named as the config names
/// it (empty when the account has none of that name).
/// </summary>
/// <param name="Listed">Every name the account has.</param>
/// <param name="TagsOfConfigured">The tags of the resource with the configured name.</param>
public sealed record ExistingNames(ImmutableArray<string> Listed, ImmutableDictionary<string, string> TagsOfConfigured)
{
    /// <summary>No resource of the kind.</summary>
    public static ExistingNames None { get; } = new(ImmutableArray<string>.Empty, ImmutableDictionary<string, string>.Empty);
}

/// <summary>
/// What the account answered to the preflight's questions, each asked through an AWS provider data source with the
/// operator's own credentials (see <see cref="PreflightQuestions"/>).
/// </summary>
public sealed record PreflightAnswers
{
    /// <summary>The account the answers are about.</summary>
    public required string AccountId { get; init; }

    /// <summary>The region the answers are about.</summary>
    public required string Region { get; init; }

    /// <summary>By EKS add-on name (<c>vpc-cni</c>): what EKS offers for the cluster's Kubernetes version.</summary>
    public required ImmutableDictionary<string, AddonOffer> Addons { get; init; }

    /// <summary>What RDS offers of Aurora PostgreSQL for the configured major version.</summary>
    public required EngineOffer AuroraPostgres { get; init; }

    /// <summary>The EKS clusters of the account in the region.</summary>
    public required ExistingNames EksClusters { get; init; }

    /// <summary>The RDS DB clusters of the account in the region.</summary>
    public required ExistingNames DbClusters { get; init; }

    /// <summary>By quota code (<c>L-1216C47A</c>): the account's EC2 vCPU quota in the region.</summary>
    public required ImmutableDictionary<string, double> VcpuQuotas { get; init; }

    /// <summary>The service-linked roles of the account (names under the path <c>/aws-service-role/</c>) the key policy may name.</summary>
    public required ImmutableArray<string> ServiceLinkedRoles { get; init; }
}
