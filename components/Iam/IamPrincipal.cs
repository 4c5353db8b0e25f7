using System.Text.RegularExpressions;

namespace Numinia.Components.Iam;

/// <summary>The IAM principals the platform maps to Kubernetes groups: role and user ARNs, as IAM allows them.</summary>
public static class IamPrincipal
{
    /// <summary>IAM role and user names are at most 64 characters (IAM and AWS STS quotas).</summary>
    public const int MaxNameLength = 64;

    /// <summary>What the cluster allows a principal: one access entry (EKS CreateAccessEntry refuses a second).</summary>
    public const string OneAccessEntryRule = "an IAM principal has one access entry in the cluster";

    // IAM paths are at most 512 characters.
    private const int MaxPathLength = 512;

    // arn:aws:iam::<account>:role/<path>/<name> or :user/...; names and path segments of IAM's characters.
    private static readonly Regex s_arn =
        new("^arn:aws:iam::[0-9]{12}:(role|user)/[A-Za-z0-9+=,.@_/-]+\\z", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="arn"/> has the shape of a role or user ARN (its name and path lengths aside).</summary>
    public static bool IsArn(string arn) => s_arn.IsMatch(arn);

    /// <summary>
    /// Why <paramref name="arn"/> is not an IAM role or user ARN, or null. IAM refuses a role or user name over 64
    /// characters and a path over 512 (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html),
    /// so an ARN naming one cannot exist.
    /// </summary>
    public static string? Problem(string arn)
    {
        if (!IsArn(arn))
        {
            return "is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name> or :user/<name>)";
        }

        var resource = arn[(arn.IndexOf('/', StringComparison.Ordinal) + 1)..];
        var slash = resource.LastIndexOf('/');
        var (path, name) = (resource[..(slash + 1)], resource[(slash + 1)..]);
        if (name.Length is 0 or > MaxNameLength)
        {
            return $"names a role or user of {name.Length} characters; IAM names are 1 to {MaxNameLength} characters";
        }

        return path.Length + 1 > MaxPathLength || path.Contains("//", StringComparison.Ordinal)
            ? $"has a path that IAM refuses (segments between single '/', at most {MaxPathLength} characters)"
            : null;
    }
}
