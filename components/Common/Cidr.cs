using System.Globalization;
using System.Net;
using System.Net.Sockets;

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
        if (parts.Length != 2
            || parts[0].Count(c => c == '.') != 3
            || !IPAddress.TryParse(parts[0], out var address)
            || address.AddressFamily != AddressFamily.InterNetwork
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix is < 0 or > 32)
        {
            error = "is not an IPv4 CIDR block (expected a.b.c.d/n with n from 0 to 32)";
            return false;
        }

        var bytes = address.GetAddressBytes();
        var value = ((uint)bytes[0] << 24) | ((uint)bytes[1] << 16) | ((uint)bytes[2] << 8) | bytes[3];
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
