// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Rds.Enums).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.ComponentModel;

namespace Pulumi.Aws.Rds
{
    [EnumType]
    public readonly struct EngineMode : IEquatable<EngineMode>
    {
        private readonly string _value;

        private EngineMode(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static EngineMode Provisioned { get; } = new EngineMode("provisioned");
        public static EngineMode Serverless { get; } = new EngineMode("serverless");
        public static EngineMode ParallelQuery { get; } = new EngineMode("parallelquery");
        public static EngineMode Global { get; } = new EngineMode("global");

        public static bool operator ==(EngineMode left, EngineMode right) => left.Equals(right);
        public static bool operator !=(EngineMode left, EngineMode right) => !left.Equals(right);

        public static explicit operator string(EngineMode value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is EngineMode other && Equals(other);
        public bool Equals(EngineMode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;

        public override string ToString() => _value;
    }

    [EnumType]
    public readonly struct EngineType : IEquatable<EngineType>
    {
        private readonly string _value;

        private EngineType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static EngineType Aurora { get; } = new EngineType("aurora");
        public static EngineType AuroraMysql { get; } = new EngineType("aurora-mysql");
        public static EngineType AuroraPostgresql { get; } = new EngineType("aurora-postgresql");
        public static EngineType Mysql { get; } = new EngineType("mysql");
        public static EngineType Postgres { get; } = new EngineType("postgres");

        public static bool operator ==(EngineType left, EngineType right) => left.Equals(right);
        public static bool operator !=(EngineType left, EngineType right) => !left.Equals(right);

        public static explicit operator string(EngineType value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is EngineType other && Equals(other);
        public bool Equals(EngineType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;

        public override string ToString() => _value;
    }

    [EnumType]
    public readonly struct InstanceType : IEquatable<InstanceType>
    {
        private readonly string _value;

        private InstanceType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static InstanceType T4G_Micro { get; } = new InstanceType("db.t4g.micro");
        public static InstanceType T4G_Small { get; } = new InstanceType("db.t4g.small");
        public static InstanceType T4G_Medium { get; } = new InstanceType("db.t4g.medium");
        public static InstanceType T4G_Large { get; } = new InstanceType("db.t4g.large");
        public static InstanceType T4G_XLarge { get; } = new InstanceType("db.t4g.xlarge");
        public static InstanceType T4G_2XLarge { get; } = new InstanceType("db.t4g.2xlarge");
        public static InstanceType T3_Micro { get; } = new InstanceType("db.t3.micro");
        public static InstanceType T3_Small { get; } = new InstanceType("db.t3.small");
        public static InstanceType T3_Medium { get; } = new InstanceType("db.t3.medium");
        public static InstanceType T3_Large { get; } = new InstanceType("db.t3.large");
        public static InstanceType T3_XLarge { get; } = new InstanceType("db.t3.xlarge");
        public static InstanceType T3_2XLarge { get; } = new InstanceType("db.t3.2xlarge");
        public static InstanceType M5_Large { get; } = new InstanceType("db.m5.large");
        public static InstanceType M5_XLarge { get; } = new InstanceType("db.m5.xlarge");
        public static InstanceType M5_2XLarge { get; } = new InstanceType("db.m5.2xlarge");
        public static InstanceType M5_4XLarge { get; } = new InstanceType("db.m5.4xlarge");
        public static InstanceType M5_12XLarge { get; } = new InstanceType("db.m5.12xlarge");
        public static InstanceType M5_24XLarge { get; } = new InstanceType("db.m5.24xlarge");
        public static InstanceType M6G_Large { get; } = new InstanceType("db.m6g.large");
        public static InstanceType M6G_XLarge { get; } = new InstanceType("db.m6g.xlarge");
        public static InstanceType M6G_2XLarge { get; } = new InstanceType("db.m6g.2xlarge");
        public static InstanceType M6G_4XLarge { get; } = new InstanceType("db.m6g.4xlarge");
        public static InstanceType M6G_8XLarge { get; } = new InstanceType("db.m6g.8xlarge");
        public static InstanceType M6G_12XLarge { get; } = new InstanceType("db.m6g.12xlarge");
        public static InstanceType M6G_16XLarge { get; } = new InstanceType("db.m6g.16xlarge");
        public static InstanceType R5_Large { get; } = new InstanceType("db.r5.large");
        public static InstanceType R5_XLarge { get; } = new InstanceType("db.r5.xlarge");
        public static InstanceType R5_2XLarge { get; } = new InstanceType("db.r5.2xlarge");
        public static InstanceType R5_4XLarge { get; } = new InstanceType("db.r5.4xlarge");
        public static InstanceType R5_12XLarge { get; } = new InstanceType("db.r5.12xlarge");
        public static InstanceType R5_24XLarge { get; } = new InstanceType("db.r5.24xlarge");
        public static InstanceType R6G_Large { get; } = new InstanceType("db.r6g.large");
        public static InstanceType R6G_XLarge { get; } = new InstanceType("db.r6g.xlarge");
        public static InstanceType R6G_2XLarge { get; } = new InstanceType("db.r6g.2xlarge");
        public static InstanceType R6G_4XLarge { get; } = new InstanceType("db.r6g.4xlarge");
        public static InstanceType R6G_8XLarge { get; } = new InstanceType("db.r6g.8xlarge");
        public static InstanceType R6G_12XLarge { get; } = new InstanceType("db.r6g.12xlarge");
        public static InstanceType R6G_16XLarge { get; } = new InstanceType("db.r6g.16xlarge");

        public static bool operator ==(InstanceType left, InstanceType right) => left.Equals(right);
        public static bool operator !=(InstanceType left, InstanceType right) => !left.Equals(right);

        public static explicit operator string(InstanceType value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is InstanceType other && Equals(other);
        public bool Equals(InstanceType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;

        public override string ToString() => _value;
    }

    [EnumType]
    public readonly struct StorageType : IEquatable<StorageType>
    {
        private readonly string _value;

        private StorageType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static StorageType Standard { get; } = new StorageType("standard");
        public static StorageType GP2 { get; } = new StorageType("gp2");
        public static StorageType GP3 { get; } = new StorageType("gp3");
        public static StorageType IO1 { get; } = new StorageType("io1");

        public static bool operator ==(StorageType left, StorageType right) => left.Equals(right);
        public static bool operator !=(StorageType left, StorageType right) => !left.Equals(right);

        public static explicit operator string(StorageType value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is StorageType other && Equals(other);
        public bool Equals(StorageType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode() ?? 0;

        public override string ToString() => _value;
    }
}
