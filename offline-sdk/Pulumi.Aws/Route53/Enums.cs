// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Route53.Enums).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.ComponentModel;

namespace Pulumi.Aws.Route53
{
    [EnumType]
    public readonly struct RecordType : IEquatable<RecordType>
    {
        private readonly string _value;

        private RecordType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static RecordType A { get; } = new RecordType("A");
        public static RecordType AAAA { get; } = new RecordType("AAAA");
        public static RecordType CNAME { get; } = new RecordType("CNAME");
        public static RecordType CAA { get; } = new RecordType("CAA");
        public static RecordType MX { get; } = new RecordType("MX");
        public static RecordType NAPTR { get; } = new RecordType("NAPTR");
        public static RecordType NS { get; } = new RecordType("NS");
        public static RecordType PTR { get; } = new RecordType("PTR");
        public static RecordType SOA { get; } = new RecordType("SOA");
        public static RecordType SPF { get; } = new RecordType("SPF");
        public static RecordType SRV { get; } = new RecordType("SRV");
        public static RecordType TXT { get; } = new RecordType("TXT");

        public static bool operator ==(RecordType left, RecordType right) => left.Equals(right);
        public static bool operator !=(RecordType left, RecordType right) => !left.Equals(right);

        public static explicit operator string(RecordType value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is RecordType other && Equals(other);
        public bool Equals(RecordType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;

        public override string ToString() => _value;
    }
}
