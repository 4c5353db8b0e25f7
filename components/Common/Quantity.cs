using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Numinia.Components.Common;

/// <summary>
/// A Kubernetes resource quantity (<c>500m</c>, <c>2</c>, <c>512Mi</c>, <c>1G</c>), parsed so that requests
/// and limits can be compared before anything is declared.
/// </summary>
public readonly record struct Quantity(decimal Value, string Text) : IComparable<Quantity>
{
    private static readonly Dictionary<string, BigInteger> s_binarySuffixes = new(StringComparer.Ordinal)
    {
        ["Ki"] = BigInteger.Pow(2, 10),
        ["Mi"] = BigInteger.Pow(2, 20),
        ["Gi"] = BigInteger.Pow(2, 30),
        ["Ti"] = BigInteger.Pow(2, 40),
        ["Pi"] = BigInteger.Pow(2, 50),
        ["Ei"] = BigInteger.Pow(2, 60),
    };

    private static readonly Dictionary<string, int> s_decimalSuffixes = new(StringComparer.Ordinal)
    {
        ["m"] = -3,
        [""] = 0,
        ["k"] = 3,
        ["M"] = 6,
        ["G"] = 9,
        ["T"] = 12,
        ["P"] = 15,
        ["E"] = 18,
    };

    // <signedNumber><suffix>, suffix one of the binary SI, decimal SI or an exponent "e"/"E" <signedNumber>.
    private static readonly Regex s_grammar = new(
        "^(?<sign>[+-]?)(?<number>[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:(?<exponent>[eE][+-]?[0-9]+)|(?<suffix>Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?)\\z",
        RegexOptions.CultureInvariant);

    /// <summary>The largest quantity Kubernetes holds: 2^63-1; larger ones are capped (binary SI) or overflow its int64 readers.</summary>
    public static readonly decimal Max = long.MaxValue;

    /// <summary>
    /// Parses a quantity in Kubernetes' grammar, within its limits; false with a reason when it is not one. The grammar and
    /// limits are k8s.io/apimachinery v0.35.0, pkg/api/resource/quantity.go (the Quantity comment and ParseQuantity): no
    /// quantity above 2^63-1 (ParseQuantity silently caps a binary SI one there) and no more than three decimal places
    /// (finer ones are rounded up). Both are refused rather than changed, as are negative quantities, which no resource
    /// amount of the platform (requests, limits, quotas, volume sizes) may be; surrounding whitespace is refused as
    /// ParseQuantity refuses it.
    /// </summary>
    public static bool TryParse(string? text, out Quantity quantity, out string error)
    {
        quantity = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is empty (expected a Kubernetes quantity such as 500m, 2, 512Mi or 1Gi)";
            return false;
        }

        var match = s_grammar.Match(text);
        if (!match.Success)
        {
            error = "is not a Kubernetes quantity (expected a number with an optional suffix: m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent e<n>)";
            return false;
        }

        if (match.Groups["sign"].Value == "-")
        {
            error = "is negative; resource amounts are never below 0";
            return false;
        }

        // The number as digits / 10^scale, then times the suffix: exact arithmetic, whatever the size of the text.
        var number = match.Groups["number"].Value;
        var point = number.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? number : number.Remove(point, 1);
        var scale = point < 0 ? 0 : number.Length - point - 1;
        var numerator = BigInteger.Parse(digits.Length == 0 ? "0" : digits, NumberStyles.None, CultureInfo.InvariantCulture);
        var exponent = match.Groups["exponent"].Success
            ? ExponentOf(match.Groups["exponent"].Value[1..])
            : s_decimalSuffixes.GetValueOrDefault(match.Groups["suffix"].Value, 0);
        if (s_binarySuffixes.TryGetValue(match.Groups["suffix"].Value, out var factor))
        {
            numerator *= factor;
        }

        if (!numerator.IsZero && exponent is null or > 40 or < -40)
        {
            error = $"is not a quantity Kubernetes holds (at most {long.MaxValue}, with at most three decimal places)";
            return false;
        }

        // value = numerator * 10^(exponent - scale); Kubernetes keeps three decimal places (milli-units) at most.
        var shift = (exponent ?? 0) - scale;
        var rest = BigInteger.Zero;
        var milli = shift + 3 >= 0 ? numerator * BigInteger.Pow(10, shift + 3) : BigInteger.DivRem(numerator, BigInteger.Pow(10, -(shift + 3)), out rest);
        if (!rest.IsZero)
        {
            error = "has more than three decimal places (1m is the finest amount; Kubernetes rounds finer ones up)";
            return false;
        }

        if (milli > new BigInteger(long.MaxValue) * 1000)
        {
            error = $"is larger than {long.MaxValue} (2^63-1), the largest quantity Kubernetes holds";
            return false;
        }

        quantity = new Quantity((decimal)milli / 1000m, text);
        error = string.Empty;
        return true;
    }

    private static int? ExponentOf(string text)
        => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent) ? exponent : null;

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
