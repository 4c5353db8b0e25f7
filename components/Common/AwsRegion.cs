using System.Text.RegularExpressions;

namespace Numinia.Components.Common;

/// <summary>The one rule for an AWS region code (<c>eu-west-1</c>, <c>us-gov-west-1</c>), wherever a key names a region.</summary>
public static class AwsRegion
{
    /// <summary>A region code: two letters, an optional partition part, a direction, a number.</summary>
    public static readonly Regex Pattern = new("^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]$", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="value"/> is a region code.</summary>
    public static bool IsCode(string value) => Pattern.IsMatch(value);
}
