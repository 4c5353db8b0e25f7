namespace Pulumi
{
    /// <summary>
    /// A value given to a resource: a plain value or an <see cref="Output{T}"/>.
    /// </summary>
    public class Input<T> : IInput
    {
        private protected Output<T> _outputValue;

        private protected Input(Output<T> outputValue)
        {
            _outputValue = outputValue ?? throw new ArgumentNullException(nameof(outputValue));
        }

        public static implicit operator Input<T>(T value) => Output.Create(value);

        public static implicit operator Input<T>(Output<T> value) => new(value);

        public static implicit operator Output<T>(Input<T> input) => input._outputValue;

        internal Output<T> ToOutputInternal() => _outputValue;

        IOutput IInput.ToOutputUntyped() => _outputValue;
    }

    /// <summary>Helpers over <see cref="Input{T}"/>.</summary>
    public static class InputExtensions
    {
        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, TResult> func)
            => input.ToOutput().Apply(func);

        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Task<TResult>> func)
            => input.ToOutput().Apply(func);

        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Input<TResult>?> func)
            => input.ToOutput().Apply(func);

        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Output<TResult>?> func)
            => input.ToOutput().Apply(func);

        public static Output<T> ToOutput<T>(this Input<T>? input)
            => input?.ToOutputInternal() ?? Output.Create(default(T)!);
    }
}
