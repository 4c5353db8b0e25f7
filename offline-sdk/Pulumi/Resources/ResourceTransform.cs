using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>
    /// A transform the engine runs on a resource and on every resource below it (including the children a
    /// packaged component creates in its provider) before they are registered. It returns the properties and
    /// options to use instead, or null to leave the resource unchanged. The engine calls it; like Pulumi's
    /// mock monitor, the offline engine records it and does not run it.
    /// </summary>
    public delegate Task<ResourceTransformResult?> ResourceTransform(ResourceTransformArgs args, CancellationToken cancellationToken = default);

    /// <summary>What a <see cref="ResourceTransform"/> is given: the resource's name, type, kind, properties and options.</summary>
    public readonly struct ResourceTransformArgs
    {
        /// <summary>The resource's name.</summary>
        public string Name { get; }

        /// <summary>The resource's type token.</summary>
        public string Type { get; }

        /// <summary>Whether the resource is a custom (provider-managed) resource.</summary>
        public bool Custom { get; }

        /// <summary>The resource's properties, as plain values (nested objects as dictionaries).</summary>
        public ImmutableDictionary<string, object?> Args { get; }

        /// <summary>The resource's options.</summary>
        public ResourceOptions Options { get; }

        public ResourceTransformArgs(string name, string type, bool custom, ImmutableDictionary<string, object?> args, ResourceOptions options)
        {
            Name = name;
            Type = type;
            Custom = custom;
            Args = args;
            Options = options;
        }
    }

    /// <summary>What a <see cref="ResourceTransform"/> returns: the properties and options to register instead.</summary>
    public readonly struct ResourceTransformResult
    {
        /// <summary>The properties to register.</summary>
        public ImmutableDictionary<string, object?> Args { get; }

        /// <summary>The options to register.</summary>
        public ResourceOptions Options { get; }

        public ResourceTransformResult(ImmutableDictionary<string, object?> args, ResourceOptions options)
        {
            Args = args;
            Options = options;
        }
    }
}
