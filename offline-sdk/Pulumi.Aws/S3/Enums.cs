// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Enums).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.ComponentModel;

namespace Pulumi.Aws.S3
{
    [EnumType]
    public readonly struct CannedAcl : IEquatable<CannedAcl>
    {
        private readonly string _value;

        private CannedAcl(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static CannedAcl Private { get; } = new CannedAcl("private");
        public static CannedAcl PublicRead { get; } = new CannedAcl("public-read");
        public static CannedAcl PublicReadWrite { get; } = new CannedAcl("public-read-write");
        public static CannedAcl AwsExecRead { get; } = new CannedAcl("aws-exec-read");
        public static CannedAcl AuthenticatedRead { get; } = new CannedAcl("authenticated-read");
        public static CannedAcl BucketOwnerRead { get; } = new CannedAcl("bucket-owner-read");
        public static CannedAcl BucketOwnerFullControl { get; } = new CannedAcl("bucket-owner-full-control");
        public static CannedAcl LogDeliveryWrite { get; } = new CannedAcl("log-delivery-write");

        public static bool operator ==(CannedAcl left, CannedAcl right) => left.Equals(right);
        public static bool operator !=(CannedAcl left, CannedAcl right) => !left.Equals(right);

        public static explicit operator string(CannedAcl value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is CannedAcl other && Equals(other);
        public bool Equals(CannedAcl other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;

        public override string ToString() => _value;
    }
}
