using System.Collections.Immutable;
using Numinia.Stacks.Config;

namespace Numinia.Stacks.Preflight;

/// <summary>
/// What the account would refuse at <c>pulumi up</c>, found at preview from what the account answers
/// (<see cref="PreflightQuestions"/>): each problem names the config key, the value and what the account offers.
/// </summary>
public static class PreflightChecks
{
    /// <summary>The prefix of each preflight message, so that an operator tells it from a config problem.</summary>
    public const string MessagePrefix = "preflight: ";

    /// <summary>
    /// Every check over <paramref name="config"/> and <paramref name="answers"/>; <paramref name="databaseAdopted"/> says
    /// whether the stack adopts an existing database (whose identifier is then expected to be taken).
    /// </summary>
    public static ImmutableArray<ConfigProblem> Problems(PlatformConfig config, PreflightAnswers answers, bool databaseAdopted)
        => AddonVersionCheck.Problems(config.Cluster, answers.Addons)
            .Concat(EngineVersionCheck.Problems(config.Database, answers.AuroraPostgres, answers.Region))
            .Concat(NameCheck.Problems(config, databaseAdopted, answers.EksClusters, answers.DbClusters))
            .Concat(VcpuQuotaCheck.Problems(config.NodeGroups, answers.VcpuQuotas, answers.Region))
            .Concat(ServiceLinkedRoleCheck.Problems(answers.ServiceLinkedRoles, answers.AccountId))
            .ToImmutableArray();

    /// <summary>The message a problem is logged with.</summary>
    public static string Message(ConfigProblem problem) => MessagePrefix + problem;
}
