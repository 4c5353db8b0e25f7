using System;
using System.ComponentModel;

namespace Pulumi.Aws.Ec2
{
    /// <summary>IP protocol names accepted by security group rules. (The real SDK declares it in Ec2/Enums.cs.)</summary>
    [EnumType]
    public readonly struct ProtocolType : IEquatable<ProtocolType>
    {
        private readonly string _value;

        private ProtocolType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static ProtocolType All { get; } = new ProtocolType("all");
        public static ProtocolType TCP { get; } = new ProtocolType("tcp");
        public static ProtocolType UDP { get; } = new ProtocolType("udp");
        public static ProtocolType ICMP { get; } = new ProtocolType("icmp");

        public static bool operator ==(ProtocolType left, ProtocolType right) => left.Equals(right);
        public static bool operator !=(ProtocolType left, ProtocolType right) => !left.Equals(right);

        public static explicit operator string(ProtocolType value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ProtocolType other && Equals(other);
        public bool Equals(ProtocolType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode(StringComparison.Ordinal) ?? 0;

        public override string ToString() => _value;
    }
}
