using System;
using System.ComponentModel;

namespace Pulumi.Kubernetes.Core.V1
{
    /// <summary>
    /// The type of a Service: ClusterIP, NodePort, LoadBalancer or ExternalName.
    /// </summary>
    [EnumType]
    public readonly struct ServiceSpecType : IEquatable<ServiceSpecType>
    {
        private readonly string _value;

        private ServiceSpecType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static ServiceSpecType ExternalName { get; } = new ServiceSpecType("ExternalName");
        public static ServiceSpecType ClusterIP { get; } = new ServiceSpecType("ClusterIP");
        public static ServiceSpecType NodePort { get; } = new ServiceSpecType("NodePort");
        public static ServiceSpecType LoadBalancer { get; } = new ServiceSpecType("LoadBalancer");

        public static bool operator ==(ServiceSpecType left, ServiceSpecType right) => left.Equals(right);

        public static bool operator !=(ServiceSpecType left, ServiceSpecType right) => !left.Equals(right);

        public static explicit operator string(ServiceSpecType value) => value._value;

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object? obj) => obj is ServiceSpecType other && Equals(other);

        public bool Equals(ServiceSpecType other) => string.Equals(_value, other._value, StringComparison.Ordinal);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value?.GetHashCode(StringComparison.Ordinal) ?? 0;

        public override string ToString() => _value;
    }
}
