using System.Collections.Immutable;

namespace Pulumi.Offline
{
    /// <summary>A serialized value that is secret. Appears in registration records, never in mock inputs.</summary>
    public sealed class SecretValue
    {
        internal SecretValue(object? value)
        {
            Value = value;
        }

        /// <summary>The value under the secret.</summary>
        public object? Value { get; }

        public override string ToString() => "[secret]";
    }

    /// <summary>A serialized value that is not known in preview.</summary>
    public sealed class UnknownValue
    {
        public static readonly UnknownValue Instance = new();

        private UnknownValue()
        {
        }

        public override string ToString() => "[unknown]";
    }

    /// <summary>The options a resource was registered with, as the engine sees them.</summary>
    public sealed record RegistrationOptions(
        bool Protect,
        bool RetainOnDelete,
        bool DeleteBeforeReplace,
        ImmutableArray<string> IgnoreChanges,
        ImmutableArray<string> ReplaceOnChanges,
        ImmutableArray<string> AdditionalSecretOutputs,
        ImmutableArray<string> Aliases,
        string? ImportId,
        ImmutableArray<ResourceTransform> ResourceTransforms);

    /// <summary>
    /// Everything the offline engine recorded of one resource: identity, place in the graph, options,
    /// inputs and outputs (with <see cref="SecretValue"/> and <see cref="UnknownValue"/> markers).
    /// This type exists only in the offline SDK; the plan command reads it.
    /// </summary>
    public sealed record ResourceRegistration(
        string Urn,
        string Type,
        string Name,
        bool Custom,
        bool Remote,
        string? ParentUrn,
        string? ProviderUrn,
        ImmutableArray<string> DependencyUrns,
        RegistrationOptions Options,
        ImmutableDictionary<string, object?> Inputs,
        ImmutableDictionary<string, object?> Outputs,
        string? Id)
    {
        private readonly ImmutableArray<string> _engineDependencyUrns;

        /// <summary>
        /// The dependencies as the real SDK sends them to the engine: <see cref="DependencyUrns"/> with each local
        /// component replaced by the custom resources and remote components it parents (see <c>DependencyClosure</c>);
        /// the direct ones when a record is built without them.
        /// </summary>
        public ImmutableArray<string> EngineDependencyUrns
        {
            get => _engineDependencyUrns.IsDefault ? DependencyUrns : _engineDependencyUrns;
            init => _engineDependencyUrns = value;
        }
    }

    /// <summary>Reads what the offline engine recorded.</summary>
    public static class Registrations
    {
        /// <summary>The record of a resource registered by the last test run; fails if it has not finished registering.</summary>
        public static ResourceRegistration Of(Resource resource) => resource.State.ToRegistration();

        /// <summary>The outputs a component (or the stack) registered, serialized.</summary>
        public static ImmutableDictionary<string, object?> RegisteredOutputsOf(Resource resource)
            => resource.State.RegisteredOutputs ?? ImmutableDictionary<string, object?>.Empty;
    }
}
