using System.Collections;
using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>
    /// A list of inputs, itself an input of the whole array. Supports collection initializers.
    /// </summary>
    public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable, IAsyncEnumerable<Input<T>>
    {
        public InputList() : this(Output.Create(ImmutableArray<T>.Empty))
        {
        }

        private InputList(Output<ImmutableArray<T>> values) : base(values)
        {
        }

        public void Add(params Input<T>[] inputs)
            => _outputValue = Concat(_outputValue, Output.All(inputs));

        public void Add(InputList<T> inputs) => AddRange(inputs);

        public void AddRange(InputList<T> inputs)
            => _outputValue = Concat(_outputValue, inputs._outputValue);

        public InputList<T> Concat(InputList<T> other) => new(Concat(_outputValue, other._outputValue));

        private static Output<ImmutableArray<T>> Concat(Output<ImmutableArray<T>> first, Output<ImmutableArray<T>> second)
            => Output.Tuple(first, second).Apply(t => t.Item1.AddRange(t.Item2));

        internal InputList<T> Clone() => new(_outputValue);

        public static implicit operator InputList<T>(T value) => ImmutableArray.Create<Input<T>>(value);

        public static implicit operator InputList<T>(Output<T> value) => ImmutableArray.Create<Input<T>>(value);

        public static implicit operator InputList<T>(Input<T> value) => ImmutableArray.Create(value);

        public static implicit operator InputList<T>(T[] values) => ImmutableArray.CreateRange(values.Select(v => (Input<T>)v));

        public static implicit operator InputList<T>(Output<T>[] values) => ImmutableArray.CreateRange(values.Select(v => (Input<T>)v));

        public static implicit operator InputList<T>(Input<T>[] values) => ImmutableArray.CreateRange(values);

        public static implicit operator InputList<T>(List<T> values) => ImmutableArray.CreateRange(values);

        public static implicit operator InputList<T>(List<Output<T>> values) => ImmutableArray.CreateRange(values);

        public static implicit operator InputList<T>(List<Input<T>> values) => ImmutableArray.CreateRange(values);

        public static implicit operator InputList<T>(ImmutableArray<T> values) => ImmutableArray.CreateRange(values, v => (Input<T>)v);

        public static implicit operator InputList<T>(ImmutableArray<Output<T>> values) => ImmutableArray.CreateRange(values, v => (Input<T>)v);

        public static implicit operator InputList<T>(ImmutableArray<Input<T>> values) => new(Output.All(values));

        public static implicit operator InputList<T>(Output<T[]> values) => new(values.Apply(ImmutableArray.CreateRange));

        public static implicit operator InputList<T>(Output<List<T>> values) => new(values.Apply(ImmutableArray.CreateRange));

        public static implicit operator InputList<T>(Output<IEnumerable<T>> values) => new(values.Apply(ImmutableArray.CreateRange));

        public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => new(values);

        IEnumerator IEnumerable.GetEnumerator()
            => throw new NotSupportedException($"A {GetType().FullName} cannot be enumerated synchronously: its values may not be known yet.");

        public async IAsyncEnumerator<Input<T>> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            var data = await _outputValue.DataTask.ConfigureAwait(false);
            foreach (var value in data.Value.IsDefault ? ImmutableArray<T>.Empty : data.Value)
            {
                yield return value;
            }
        }
    }
}
