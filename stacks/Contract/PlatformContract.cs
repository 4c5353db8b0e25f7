using System.Globalization;
using Pulumi;

namespace Numinia.Stacks.Contract;

/// <summary>
/// The version of the outputs contract between the platform stack and application repositories,
/// published as the <c>contractVersion</c> stack output. MAJOR.MINOR: a major change (an output
/// renamed, removed or reshaped) breaks consumers, which refuse to read a stack of another major; a
/// minor change only adds outputs.
/// </summary>
public static class PlatformContract
{
    /// <summary>
    /// The contract this assembly publishes and reads. 1.1 added <c>accountId</c>, <c>region</c>, <c>defaultTags</c>,
    /// <c>kmsKeyArn</c>, <c>databaseSubnetCidrs</c> and <c>tenancy</c>, which tenant stacks read; 1.2 added
    /// <c>serviceCidr</c>, which tenant stacks keep out of their applications' internet egress.
    /// </summary>
    public const string Version = "1.2";

    /// <summary>The major part of <see cref="Version"/>.</summary>
    public static int Major => MajorOf(Version) ?? throw new InvalidOperationException($"'{Version}' is not MAJOR.MINOR.");

    /// <summary>The major part of a MAJOR.MINOR version, or null when it is not one.</summary>
    public static int? MajorOf(string version)
    {
        var parts = version.Split('.');
        return parts.Length == 2
               && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? major
            : null;
    }

    /// <summary>Whether a consumer built for <see cref="Version"/> can read a stack publishing <paramref name="stackVersion"/>.</summary>
    public static bool IsCompatible(string stackVersion) => MajorOf(stackVersion) == Major;
}

/// <summary>
/// A platform stack whose outputs do not fit what this consumer was built for: another major
/// contract version, a missing output, or an output of another shape; or an unknown organization or
/// environment. The message says which and what is known.
/// </summary>
public sealed class PlatformContractException : RunException
{
    /// <summary>Raises the problem.</summary>
    public PlatformContractException(string message)
        : base(message)
    {
    }
}
