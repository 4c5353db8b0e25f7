using System.Text.RegularExpressions;

namespace Numinia.Stacks.Config;

/// <summary>
/// Kubernetes' syntax for label keys (qualified names) and label values, as the API server validates them:
/// k8s.io/apimachinery v0.35.0, pkg/api/validate/content/kube.go (IsLabelKey, IsLabelValue) and
/// pkg/util/validation/validation.go (IsDNS1123Subdomain for a key's prefix).
/// </summary>
public static partial class KubernetesSyntax
{
    /// <summary>The longest name part of a key, and the longest value.</summary>
    public const int MaxNameLength = 63;

    /// <summary>The longest prefix of a key (a DNS subdomain).</summary>
    public const int MaxPrefixLength = 253;

    [GeneratedRegex("^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Name();

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex Subdomain();

    /// <summary>Why <paramref name="key"/> is not a label key (<c>[prefix/]name</c>), or null when it is one.</summary>
    public static string? LabelKeyProblem(string key)
    {
        var parts = key.Split('/');
        if (parts.Length > 2)
        {
            return "has more than one '/' (a label key is an optional DNS subdomain prefix and '/', then a name)";
        }

        var name = parts[^1];
        if (parts.Length == 2 && (parts[0].Length == 0 || parts[0].Length > MaxPrefixLength || !Subdomain().IsMatch(parts[0])))
        {
            return $"has a prefix that is not a DNS subdomain (lowercase letters, digits, '-' and '.', at most {MaxPrefixLength} characters)";
        }

        return name.Length == 0 || name.Length > MaxNameLength || !Name().IsMatch(name)
            ? $"has a name part that is not 1 to {MaxNameLength} letters, digits, '-', '_' or '.' starting and ending with a letter or digit"
            : null;
    }

    /// <summary>Why <paramref name="value"/> is not a label value (empty, or as a key's name part), or null when it is one.</summary>
    public static string? LabelValueProblem(string value)
        => value.Length == 0 || (value.Length <= MaxNameLength && Name().IsMatch(value))
            ? null
            : $"is not a label value (at most {MaxNameLength} letters, digits, '-', '_' or '.', starting and ending with a letter or digit)";
}
