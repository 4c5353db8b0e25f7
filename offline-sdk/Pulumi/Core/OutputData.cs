using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>
    /// The resolved state of an output: its value, whether it is known (preview leaves computed
    /// values unknown), whether it is secret, and the resources it came from.
    /// </summary>
    internal readonly struct OutputData<T>
    {
        public OutputData(ImmutableHashSet<Resource> resources, T value, bool isKnown, bool isSecret)
        {
            Resources = resources;
            Value = value;
            IsKnown = isKnown;
            IsSecret = isSecret;
        }

        public ImmutableHashSet<Resource> Resources { get; }
        public T Value { get; }
        public bool IsKnown { get; }
        public bool IsSecret { get; }

        public static OutputData<T> Known(T value, bool isSecret = false)
            => new(ImmutableHashSet<Resource>.Empty, value, true, isSecret);

        public OutputData<object?> Box() => new(Resources, Value, IsKnown, IsSecret);
    }

    /// <summary>Untyped access to an output, for the engine's serializer.</summary>
    internal interface IOutput
    {
        Task<OutputData<object?>> GetDataAsync();
    }

    /// <summary>Untyped access to an input, for the engine's serializer.</summary>
    internal interface IInput
    {
        IOutput ToOutputUntyped();
    }
}
