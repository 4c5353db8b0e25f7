using System;
using System.ComponentModel;

namespace Pulumi.Eks
{
    /// <summary>The type of an EKS access entry.</summary>
    [EnumType]
    public readonly struct AccessEntryType : IEquatable<AccessEntryType>
    {
        private readonly string _value;

        private AccessEntryType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static AccessEntryType Standard { get; } = new AccessEntryType("STANDARD");
        public static AccessEntryType FargateLinux { get; } = new AccessEntryType("FARGATE_LINUX");
        public static AccessEntryType EC2Linux { get; } = new AccessEntryType("EC2_LINUX");
        public static AccessEntryType EC2Windows { get; } = new AccessEntryType("EC2_WINDOWS");
        public static AccessEntryType EC2 { get; } = new AccessEntryType("EC2");

        public static bool operator ==(AccessEntryType left, AccessEntryType right) => left.Equals(right);
        public static bool operator !=(AccessEntryType left, AccessEntryType right) => !left.Equals(right);

        public static explicit operator string(AccessEntryType value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is AccessEntryType other && Equals(other);

        public bool Equals(AccessEntryType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>The AMI family of a managed node group.</summary>
    [EnumType]
    public readonly struct AmiType : IEquatable<AmiType>
    {
        private readonly string _value;

        private AmiType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        [Obsolete("Amazon Linux 2 is deprecated; use Amazon Linux 2023.")]
        public static AmiType AL2X86_64 { get; } = new AmiType("AL2_x86_64");
        [Obsolete("Amazon Linux 2 is deprecated; use Amazon Linux 2023.")]
        public static AmiType AL2X86_64GPU { get; } = new AmiType("AL2_x86_64_GPU");
        [Obsolete("Amazon Linux 2 is deprecated; use Amazon Linux 2023.")]
        public static AmiType AL2Arm64 { get; } = new AmiType("AL2_ARM_64");
        public static AmiType AL2023X86_64Standard { get; } = new AmiType("AL2023_x86_64_STANDARD");
        public static AmiType AL2023Arm64Standard { get; } = new AmiType("AL2023_ARM_64_STANDARD");
        public static AmiType AL2023X86_64Nvidia { get; } = new AmiType("AL2023_x86_64_NVIDIA");
        public static AmiType BottlerocketArm64 { get; } = new AmiType("BOTTLEROCKET_ARM_64");
        public static AmiType BottlerocketX86_64 { get; } = new AmiType("BOTTLEROCKET_x86_64");
        public static AmiType BottlerocketArm64Nvidia { get; } = new AmiType("BOTTLEROCKET_ARM_64_NVIDIA");
        public static AmiType BottlerocketX86_64Nvidia { get; } = new AmiType("BOTTLEROCKET_x86_64_NVIDIA");

        public static bool operator ==(AmiType left, AmiType right) => left.Equals(right);
        public static bool operator !=(AmiType left, AmiType right) => !left.Equals(right);

        public static explicit operator string(AmiType value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is AmiType other && Equals(other);

        public bool Equals(AmiType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>How the cluster authenticates IAM principals.</summary>
    [EnumType]
    public readonly struct AuthenticationMode : IEquatable<AuthenticationMode>
    {
        private readonly string _value;

        private AuthenticationMode(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        [Obsolete("The aws-auth ConfigMap is deprecated; use access entries with the API authentication mode.")]
        public static AuthenticationMode ConfigMap { get; } = new AuthenticationMode("CONFIG_MAP");
        public static AuthenticationMode Api { get; } = new AuthenticationMode("API");
        [Obsolete("The aws-auth ConfigMap is deprecated; use access entries with the API authentication mode.")]
        public static AuthenticationMode ApiAndConfigMap { get; } = new AuthenticationMode("API_AND_CONFIG_MAP");

        public static bool operator ==(AuthenticationMode left, AuthenticationMode right) => left.Equals(right);
        public static bool operator !=(AuthenticationMode left, AuthenticationMode right) => !left.Equals(right);

        public static explicit operator string(AuthenticationMode value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is AuthenticationMode other && Equals(other);

        public bool Equals(AuthenticationMode other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>Built-in node pools of EKS Auto Mode.</summary>
    [EnumType]
    public readonly struct ClusterNodePools : IEquatable<ClusterNodePools>
    {
        private readonly string _value;

        private ClusterNodePools(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static ClusterNodePools System { get; } = new ClusterNodePools("system");
        public static ClusterNodePools GeneralPurpose { get; } = new ClusterNodePools("general-purpose");

        public static bool operator ==(ClusterNodePools left, ClusterNodePools right) => left.Equals(right);
        public static bool operator !=(ClusterNodePools left, ClusterNodePools right) => !left.Equals(right);

        public static explicit operator string(ClusterNodePools value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ClusterNodePools other && Equals(other);

        public bool Equals(ClusterNodePools other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>The operating system of worker nodes.</summary>
    [EnumType]
    public readonly struct OperatingSystem : IEquatable<OperatingSystem>
    {
        private readonly string _value;

        private OperatingSystem(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        [Obsolete("Amazon Linux 2 is deprecated; use Amazon Linux 2023.")]
        public static OperatingSystem AL2 { get; } = new OperatingSystem("AL2");
        public static OperatingSystem AL2023 { get; } = new OperatingSystem("AL2023");
        public static OperatingSystem Bottlerocket { get; } = new OperatingSystem("Bottlerocket");
        public static OperatingSystem RECOMMENDED { get; } = new OperatingSystem("AL2023");

        public static bool operator ==(OperatingSystem left, OperatingSystem right) => left.Equals(right);
        public static bool operator !=(OperatingSystem left, OperatingSystem right) => !left.Equals(right);

        public static explicit operator string(OperatingSystem value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is OperatingSystem other && Equals(other);

        public bool Equals(OperatingSystem other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>How field conflicts are resolved when an addon is created.</summary>
    [EnumType]
    public readonly struct ResolveConflictsOnCreate : IEquatable<ResolveConflictsOnCreate>
    {
        private readonly string _value;

        private ResolveConflictsOnCreate(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static ResolveConflictsOnCreate None { get; } = new ResolveConflictsOnCreate("NONE");
        public static ResolveConflictsOnCreate Overwrite { get; } = new ResolveConflictsOnCreate("OVERWRITE");

        public static bool operator ==(ResolveConflictsOnCreate left, ResolveConflictsOnCreate right) => left.Equals(right);
        public static bool operator !=(ResolveConflictsOnCreate left, ResolveConflictsOnCreate right) => !left.Equals(right);

        public static explicit operator string(ResolveConflictsOnCreate value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ResolveConflictsOnCreate other && Equals(other);

        public bool Equals(ResolveConflictsOnCreate other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>How field conflicts are resolved when an addon is updated.</summary>
    [EnumType]
    public readonly struct ResolveConflictsOnUpdate : IEquatable<ResolveConflictsOnUpdate>
    {
        private readonly string _value;

        private ResolveConflictsOnUpdate(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static ResolveConflictsOnUpdate None { get; } = new ResolveConflictsOnUpdate("NONE");
        public static ResolveConflictsOnUpdate Overwrite { get; } = new ResolveConflictsOnUpdate("OVERWRITE");
        public static ResolveConflictsOnUpdate Preserve { get; } = new ResolveConflictsOnUpdate("PRESERVE");

        public static bool operator ==(ResolveConflictsOnUpdate left, ResolveConflictsOnUpdate right) => left.Equals(right);
        public static bool operator !=(ResolveConflictsOnUpdate left, ResolveConflictsOnUpdate right) => !left.Equals(right);

        public static explicit operator string(ResolveConflictsOnUpdate value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ResolveConflictsOnUpdate other && Equals(other);

        public bool Equals(ResolveConflictsOnUpdate other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

        public override string ToString() => _value;
    }
}
