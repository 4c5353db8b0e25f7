using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;

namespace Pulumi.Engine
{
    /// <summary>An [Output] property of a resource, waiting for the engine's answer.</summary>
    internal abstract class OutputSlot
    {
        protected OutputSlot(string name)
        {
            Name = name;
        }

        public string Name { get; }

        public abstract object OutputObject { get; }

        public abstract void Resolve(object? raw, bool known, bool secret, ImmutableHashSet<Resource> resources, string context);

        public abstract void Fail(Exception error);
    }

    internal sealed class OutputSlot<T> : OutputSlot
    {
        private readonly TaskCompletionSource<OutputData<T>> _source = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public OutputSlot(string name) : base(name)
        {
        }

        public override object OutputObject => new Output<T>(_source.Task);

        public override void Resolve(object? raw, bool known, bool secret, ImmutableHashSet<Resource> resources, string context)
        {
            try
            {
                var value = known ? (T)Converter.Convert(raw, typeof(T), context)! : default!;
                _source.SetResult(new OutputData<T>(resources, value, known, secret));
            }
            catch (Exception e)
            {
                _source.TrySetException(e);
                throw;
            }
        }

        public override void Fail(Exception error) => _source.TrySetException(error);
    }

    /// <summary>Creates the output slots of a resource class's [Output] properties and assigns the properties.</summary>
    internal static class OutputSlots
    {
        private sealed record SlotInfo(string Name, PropertyInfo Property, Func<string, OutputSlot> Create);

        private static readonly ConcurrentDictionary<Type, ImmutableArray<SlotInfo>> s_slots = new();

        public static ImmutableArray<OutputSlot> Attach(Resource resource)
        {
            var infos = s_slots.GetOrAdd(resource.GetType(), Describe);
            var slots = ImmutableArray.CreateBuilder<OutputSlot>(infos.Length);
            foreach (var info in infos)
            {
                var slot = info.Create(info.Name);
                info.Property.SetValue(resource, slot.OutputObject);
                slots.Add(slot);
            }

            return slots.MoveToImmutable();
        }

        private static ImmutableArray<SlotInfo> Describe(Type type)
        {
            var infos = ImmutableArray.CreateBuilder<SlotInfo>();
            for (var current = type; current != null && current != typeof(Resource); current = current.BaseType)
            {
                foreach (var property in current.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (property.GetCustomAttribute<OutputAttribute>() is not { } attribute)
                    {
                        continue;
                    }

                    if (!property.PropertyType.IsGenericType || property.PropertyType.GetGenericTypeDefinition() != typeof(Output<>))
                    {
                        throw new InvalidOperationException($"[Output] {type.FullName}.{property.Name} must be an Output<T>.");
                    }

                    var valueType = property.PropertyType.GetGenericArguments()[0];
                    var factory = typeof(OutputSlots).GetMethod(nameof(CreateSlot), BindingFlags.NonPublic | BindingFlags.Static)!
                        .MakeGenericMethod(valueType)
                        .CreateDelegate<Func<string, OutputSlot>>();
                    infos.Add(new SlotInfo(attribute.Name ?? property.Name, property, factory));
                }
            }

            return infos.ToImmutable();
        }

        private static OutputSlot CreateSlot<T>(string name) => new OutputSlot<T>(name);
    }
}
