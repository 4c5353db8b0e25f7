using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Numinia.Components.Common;

namespace Numinia.Components.Data;

/// <summary>
/// What the statics bucket is configured with: its name and its lifecycle. The defaults are the live bucket's;
/// <see cref="Problems"/> holds the rules on these values, each naming its config key.
/// </summary>
public sealed record StaticsBucketSettings
{
    /// <summary>The config keys of the statics bucket's settings.</summary>
    public static class Keys
    {
        /// <summary>The bucket's name.</summary>
        public const string Name = "staticsBucketName";

        /// <summary>Days before an old version is removed.</summary>
        public const string NoncurrentVersionExpirationDays = "staticsNoncurrentVersionExpirationDays";

        /// <summary>Days before a backup expires.</summary>
        public const string BackupsExpirationDays = "staticsBackupsExpirationDays";

        /// <summary>The live bucket to adopt, by its name.</summary>
        public const string ImportBucket = "importStaticsBucket";
    }

    // S3's rules for bucket names in general (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html):
    // 3 to 63 lowercase letters, digits, dots and hyphens, a letter or digit at each end; the live bucket's name has dots.
    private static readonly Regex s_anyBucketName = new("^(?!.*\\.\\.)(?!\\d+\\.\\d+\\.\\d+\\.\\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant);

    /// <summary>The rule an adopted bucket's name is held to: S3's, dots allowed.</summary>
    public static Regex AnyBucketName => s_anyBucketName;

    // Lowercase letters, digits and hyphens, 3 to 63 characters, starting and ending with a letter or digit.
    // Dots are valid in S3 names but break virtual-hosted HTTPS (the wildcard certificate covers one label).
    private static readonly Regex s_bucketName = new("^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$", RegexOptions.CultureInvariant);

    private static readonly ImmutableArray<string> s_reservedPrefixes = ImmutableArray.Create("xn--", "sthree-", "amzn-s3-demo-");

    private static readonly ImmutableArray<string> s_reservedSuffixes = ImmutableArray.Create("-s3alias", "--ol-s3", "--x-s3", "--table-s3");

    /// <summary>The bucket's name (live: <c>numinia-statics</c>); a valid S3 bucket name without dots.</summary>
    public string Name { get; init; } = "numinia-statics";

    /// <summary>Days before an overwritten or deleted object's old version is removed (live: 7).</summary>
    public int NoncurrentVersionExpirationDays { get; init; } = 7;

    /// <summary>Days before objects under <see cref="StaticsBucket.BackupsPrefix"/> expire (live: 7).</summary>
    public int BackupsExpirationDays { get; init; } = 7;

    /// <summary>The live bucket to adopt (its name, which is its import id), or null for a new bucket named <see cref="Name"/>.</summary>
    public string? ImportBucket { get; init; }

    /// <summary>Whether the live bucket is adopted.</summary>
    public bool Import => ImportBucket is not null;

    /// <summary>The bucket's name: the adopted one's, or <see cref="Name"/>.</summary>
    public string BucketName => ImportBucket ?? Name;

    /// <summary>Which values the adopted bucket's configuration declares.</summary>
    public AdoptionPhase Phase { get; init; }
    /// <summary>What S3 would refuse or what would break HTTPS: a name S3 refuses or reserves, a dotted name, an expiration under a day.</summary>
    public ImmutableArray<SettingProblem> Problems()
    {
        var problems = ImmutableArray.CreateBuilder<SettingProblem>();
        if (NameProblem(Name) is { } name)
        {
            problems.Add(new SettingProblem(Keys.Name, Name, name));
        }

        foreach (var (key, days) in new[] { (Keys.NoncurrentVersionExpirationDays, NoncurrentVersionExpirationDays), (Keys.BackupsExpirationDays, BackupsExpirationDays) })
        {
            if (days < 1)
            {
                problems.Add(new SettingProblem(key, days.ToString(CultureInfo.InvariantCulture), "must be at least 1 day"));
            }
        }

        return problems.ToImmutable();
    }

    private static string? NameProblem(string name)
    {
        if (name.Contains('.', StringComparison.Ordinal))
        {
            return "contains a dot; use hyphens (a dotted bucket name breaks virtual-hosted HTTPS)";
        }

        if (!s_bucketName.IsMatch(name))
        {
            return "is not an S3 bucket name (3 to 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit)";
        }

        if (s_reservedPrefixes.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal)) is { } prefix)
        {
            return $"starts with '{prefix}', a prefix S3 reserves";
        }

        return s_reservedSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal)) is { } suffix
            ? $"ends with '{suffix}', a suffix S3 reserves"
            : null;
    }
}
