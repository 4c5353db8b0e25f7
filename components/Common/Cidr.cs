using System.Globalization;

namespace Numinia.Components.Common;

/// <summary>
/// An IPv4 CIDR block with the arithmetic the network layout needs: parsing, carving numbered
/// sub-blocks, containment and overlap.
/// </summary>
public readonly record struct Cidr
{
    private Cidr(uint network, int prefixLength)
    {
        Network = network;
        PrefixLength = prefixLength;
    }

    /// <summary>The network address as a 32-bit number.</summary>
    public uint Network { get; }

    /// <summary>The prefix length, 0 to 32.</summary>
    public int PrefixLength { get; }

    /// <summary>How many addresses the block holds.</summary>
    public ulong Size => 1UL << (32 - PrefixLength);

    private uint Last => (uint)(Network + Size - 1);

    /// <summary>Parses <c>a.b.c.d/n</c>; the address must be the block's network address.</summary>
    public static bool TryParse(string? text, out Cidr cidr, out string error)
    {
        cidr = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "is empty; expected an IPv4 CIDR block such as 10.0.0.0/16";
            return false;
        }

        var parts = text.Split('/');
        if (parts.Length != 2 || !TryParseAddress(parts[0], out var value) || !TryParseNumber(parts[1], 32, out var prefix))
        {
            error = "is not an IPv4 CIDR block (expected a.b.c.d/n: four decimal numbers 0 to 255 without leading zeros, and n from 0 to 32)";
            return false;
        }

        var mask = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        if ((value & ~mask) != 0)
        {
            error = $"has host bits set: its network address is {Format(value & mask)}/{prefix}";
            return false;
        }

        cidr = new Cidr(value, prefix);
        error = string.Empty;
        return true;
    }

    /// <summary>
    /// Dotted decimal only. Readers differ on other spellings: <c>IPAddress.TryParse</c> and inet_aton read
    /// <c>0x0a</c> as hex and <c>010</c> as octal 8, while Go's net.ParseIP (used by the AWS provider and Kubernetes)
    /// has refused leading zeros since Go 1.17 (golang/go#30999); a value that means different addresses to different
    /// readers is refused.
    /// </summary>
    private static bool TryParseAddress(string text, out uint value)
    {
        value = 0;
        var octets = text.Split('.');
        if (octets.Length != 4)
        {
            return false;
        }

        foreach (var octet in octets)
        {
            if (!TryParseNumber(octet, 255, out var number))
            {
                return false;
            }

            value = (value << 8) | (uint)number;
        }

        return true;
    }

    /// <summary>1 to 3 ASCII digits without a leading zero (except 0 itself), at most <paramref name="max"/>.</summary>
    private static bool TryParseNumber(string text, int max, out int number)
    {
        number = 0;
        if (text.Length is 0 or > 3 || (text.Length > 1 && text[0] == '0') || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        number = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return number <= max;
    }

    /// <summary>Parses a CIDR block or throws <see cref="FormatException"/> saying why.</summary>
    public static Cidr Parse(string text)
        => TryParse(text, out var cidr, out var error) ? cidr : throw new FormatException($"'{text}' {error}");

    /// <summary>The <paramref name="index"/>-th block of prefix length <paramref name="newPrefixLength"/> inside this one.</summary>
    public Cidr Subnet(int newPrefixLength, int index)
    {
        if (newPrefixLength < PrefixLength || newPrefixLength > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(newPrefixLength), $"/{newPrefixLength} does not fit inside {this}.");
        }

        var count = 1UL << (newPrefixLength - PrefixLength);
        if (index < 0 || (ulong)index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"{this} holds {count} blocks of /{newPrefixLength}; index {index} is outside.");
        }

        return new Cidr((uint)(Network + ((ulong)index << (32 - newPrefixLength))), newPrefixLength);
    }

    /// <summary>Whether <paramref name="other"/> lies wholly inside this block.</summary>
    public bool Contains(Cidr other) => other.Network >= Network && other.Last <= Last;

    /// <summary>Whether the two blocks share any address.</summary>
    public bool Overlaps(Cidr other) => Network <= other.Last && other.Network <= Last;

    /// <inheritdoc />
    public override string ToString() => $"{Format(Network)}/{PrefixLength}";

    private static string Format(uint value)
        => string.Create(CultureInfo.InvariantCulture, $"{value >> 24}.{(value >> 16) & 255}.{(value >> 8) & 255}.{value & 255}");
}
