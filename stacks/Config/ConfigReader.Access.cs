using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Numinia.Components.Cluster;

namespace Numinia.Stacks.Config;

/// <summary>The cluster's access lists: IAM principal ARNs, each with one access entry.</summary>
public sealed partial class ConfigReader
{
    // arn:aws:iam::<account>:role/<path>/<name> or :user/...; names and path segments of IAM's characters.
    private static readonly Regex s_principalArn =
        new("^arn:aws:iam::[0-9]{12}:(role|user)/[A-Za-z0-9+=,.@_/-]+\\z", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>IAM role and user names are at most 64 characters, their paths at most 512 (IAM and AWS STS quotas).</summary>
    public const int MaxIamNameLength = 64;

    private const int MaxIamPathLength = 512;

    private ImmutableArray<string> PrincipalArns(string key)
    {
        var arns = StringArray(key, ImmutableArray<string>.Empty);
        foreach (var arn in arns)
        {
            if (PrincipalArnProblem(arn) is { } problem)
            {
                Problem(key, arn, problem);
            }
        }

        return arns;
    }

    /// <summary>
    /// Why <paramref name="arn"/> is not an IAM role or user ARN, or null. IAM refuses a role or user name over 64
    /// characters and a path over 512 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html),
    /// so an ARN naming one cannot exist.
    /// </summary>
    private static string? PrincipalArnProblem(string arn)
    {
        if (!s_principalArn.IsMatch(arn))
        {
            return "is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name> or :user/<name>)";
        }

        var resource = arn[(arn.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var slash = resource.LastIndexOf('/');
        var (path, name) = (resource[..(slash + 1)], resource[(slash + 1)..]);
        if (name.Length is 0 or > MaxIamNameLength)
        {
            return $"names a role or user of {name.Length} characters; IAM names are 1 to {MaxIamNameLength} characters";
        }

        return path.Length + 1 > MaxIamPathLength || path.Contains("//", StringComparison.Ordinal)
            ? $"has a path that IAM refuses (segments between single '/', at most {MaxIamPathLength} characters)"
            : null;
    }

    /// <summary>
    /// A principal has one access entry in the cluster (EKS CreateAccessEntry refuses a second), and the cluster
    /// component keys its entries by <see cref="EksCluster.AccessEntryKey"/>: the same ARN twice, in one list or in two,
    /// or two ARNs with the same key, are refused here rather than by the component.
    /// </summary>
    private void OneAccessEntryEach(PlatformAccess access)
    {
        var seen = new Dictionary<string, (string Key, string Arn)>(StringComparer.Ordinal);
        foreach (var (key, arns) in new[]
                 {
                     ("clusterAdminArns", access.AdminArns), ("clusterDeveloperArns", access.DeveloperArns),
                     ("clusterViewerArns", access.ViewerArns), ("monitoringReaderArns", access.MonitoringReaderArns),
                 })
        {
            foreach (var arn in arns.Where(a => s_principalArn.IsMatch(a)))
            {
                var entry = EksCluster.AccessEntryKey(arn);
                if (!seen.TryGetValue(entry, out var first))
                {
                    seen[entry] = (key, arn);
                }
                else if (first.Arn == arn)
                {
                    Problem(key, arn, first.Key == key
                        ? $"is listed twice; {OneAccessEntryRule}"
                        : $"is also in {first.Key}; {OneAccessEntryRule}");
                }
                else
                {
                    Problem(key, arn, $"has the same access entry name as '{first.Arn}' in {first.Key} (their names differ only in account, punctuation or case)");
                }
            }
        }
    }
}
