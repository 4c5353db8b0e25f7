using System.Globalization;

namespace Numinia.Components.Common;

/// <summary>
/// A Kubernetes resource quantity (<c>500m</c>, <c>2</c>, <c>512Mi</c>, <c>1G</c>), parsed so that requests
/// and limits can be compared before anything is declared.
/// </summary>
public readonly record struct Quantity(decimal Value, string Text) : IComparable<Quantity>
{
    private static readonly (string Suffix, decimal Factor)[] s_suffixes =
    {
        ("Ki", 1024m), ("Mi", 1024m * 1024), ("Gi", 1024m * 1024 * 1024), ("Ti", 1024m * 1024 * 1024 * 1024),
        ("Pi", 1024m * 1024 * 1024 * 1024 * 1024), ("Ei", 1024m * 1024 * 1024 * 1024 * 1024 * 1024),
        ("m", 0.001m), ("k", 1000m), ("M", 1000m * 1000), ("G", 1000m * 1000 * 1000), ("T", 1000m * 1000 * 1000 * 1000),
        ("P", 1000m * 1000 * 1000 * 1000 * 1000), ("E", 1000m * 1000 * 1000 * 1000 * 1000 * 1000),
    };

    /// <summary>Parses a quantity; false with a reason when it is not one.</summary>
    public static bool TryParse(string? text, out Quantity quantity, out string error)
    {
        quantity = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is empty (expected a Kubernetes quantity such as 500m, 2, 512Mi or 1Gi)";
            return false;
        }

        var trimmed = text.Trim();
        var factor = 1m;
        var number = trimmed;
        foreach (var (suffix, value) in s_suffixes)
        {
            if (trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                factor = value;
                number = trimmed[..^suffix.Length];
                break;
            }
        }

        if (number.Length == 0 || !char.IsAsciiDigit(number[0])
            || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            error = "is not a Kubernetes quantity (expected a number with an optional suffix: m, k, M, G, Ki, Mi, Gi, Ti)";
            return false;
        }

        quantity = new Quantity(amount * factor, trimmed);
        error = string.Empty;
        return true;
    }

    /// <summary>Parses a quantity known to be valid.</summary>
    public static Quantity Parse(string text)
        => TryParse(text, out var quantity, out var error) ? quantity : throw new FormatException($"'{text}' {error}");

    /// <inheritdoc />
    public int CompareTo(Quantity other) => Value.CompareTo(other.Value);

    /// <summary>Whether the left quantity is larger than the right one.</summary>
    public static bool operator >(Quantity left, Quantity right) => left.Value > right.Value;

    /// <summary>Whether the left quantity is smaller than the right one.</summary>
    public static bool operator <(Quantity left, Quantity right) => left.Value < right.Value;

    /// <summary>Whether this quantity is at least the right quantity.</summary>
    public static bool operator >=(Quantity left, Quantity right) => left.Value >= right.Value;

    /// <summary>Whether this quantity is at most the right quantity.</summary>
    public static bool operator <=(Quantity left, Quantity right) => left.Value <= right.Value;

    /// <inheritdoc />
    public override string ToString() => Text;
}
