using System.Collections;
using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>
    /// A map of string keys to inputs, itself an input of the whole dictionary. Supports collection
    /// initializers.
    /// </summary>
    public sealed class InputMap<TValue> : Input<ImmutableDictionary<string, TValue>>, IEnumerable,
        IAsyncEnumerable<Input<KeyValuePair<string, TValue>>>
    {
        public InputMap() : this(Output.Create(ImmutableDictionary<string, TValue>.Empty))
        {
        }

        private InputMap(Output<ImmutableDictionary<string, TValue>> values) : base(values)
        {
        }

        public void Add(string key, Input<TValue> value)
        {
            var inputDictionary = (Input<ImmutableDictionary<string, TValue>>)_outputValue;
            _outputValue = Output.Tuple(inputDictionary, value).Apply(t => t.Item1.Add(key, t.Item2));
        }

        public Input<TValue> this[string key]
        {
            set => Add(key, value);
        }

        public void Add(InputMap<TValue> values) => AddRange(values);

        public void AddRange(InputMap<TValue> values)
        {
            var current = _outputValue;
            _outputValue = Output.Tuple(current, values._outputValue).Apply(t => t.Item1.AddRange(t.Item2));
        }

        /// <summary>Merges two maps; on a duplicate key the second map's value wins.</summary>
        public static InputMap<TValue> Merge(InputMap<TValue> first, InputMap<TValue> second)
            => new(Output.Tuple(first._outputValue, second._outputValue).Apply(t => t.Item1.SetItems(t.Item2)));

        public static implicit operator InputMap<TValue>(Dictionary<string, TValue> values)
            => new(Output.Create(values.ToImmutableDictionary()));

        public static implicit operator InputMap<TValue>(ImmutableDictionary<string, TValue> values)
            => new(Output.Create(values));

        public static implicit operator InputMap<TValue>(Output<Dictionary<string, TValue>> values)
            => new(values.Apply(v => v.ToImmutableDictionary()));

        public static implicit operator InputMap<TValue>(Output<IDictionary<string, TValue>> values)
            => new(values.Apply(v => v.ToImmutableDictionary()));

        public static implicit operator InputMap<TValue>(Output<ImmutableDictionary<string, TValue>> values)
            => new(values);

        IEnumerator IEnumerable.GetEnumerator()
            => throw new NotSupportedException($"A {GetType().FullName} cannot be enumerated synchronously: its values may not be known yet.");

        public async IAsyncEnumerator<Input<KeyValuePair<string, TValue>>> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            var data = await _outputValue.DataTask.ConfigureAwait(false);
            foreach (var pair in data.Value)
            {
                yield return pair;
            }
        }
    }
}
