namespace Pulumi
{
    /// <summary>A value that is one of two types.</summary>
    public readonly struct Union<T0, T1> : IEquatable<Union<T0, T1>>, IUnion
    {
        private readonly T0 _t0;
        private readonly T1 _t1;
        private readonly int _index;

        private Union(int index, T0 t0, T1 t1)
        {
            _index = index;
            _t0 = t0;
            _t1 = t1;
        }

        public T0 AsT0 => _index == 0 ? _t0 : throw new InvalidOperationException($"The union holds a {typeof(T1).Name}, not a {typeof(T0).Name}.");
        public T1 AsT1 => _index == 1 ? _t1 : throw new InvalidOperationException($"The union holds a {typeof(T0).Name}, not a {typeof(T1).Name}.");
        public bool IsT0 => _index == 0;
        public bool IsT1 => _index == 1;
        public object Value => (_index == 0 ? _t0 : (object?)_t1)!;

        public static Union<T0, T1> FromT0(T0 input) => new(0, input, default!);
        public static Union<T0, T1> FromT1(T1 input) => new(1, default!, input);

        public TResult Match<TResult>(Func<T0, TResult> f0, Func<T1, TResult> f1) => _index == 0 ? f0(_t0) : f1(_t1);

        public void Switch(Action<T0> f0, Action<T1> f1)
        {
            if (_index == 0)
            {
                f0(_t0);
            }
            else
            {
                f1(_t1);
            }
        }

        public override bool Equals(object? obj) => obj is Union<T0, T1> union && Equals(union);
        public override int GetHashCode() => HashCode.Combine(_index, _t0, _t1);
        public override string ToString() => Value?.ToString() ?? string.Empty;
        public bool Equals(Union<T0, T1> other)
            => _index == other._index && EqualityComparer<T0>.Default.Equals(_t0, other._t0) && EqualityComparer<T1>.Default.Equals(_t1, other._t1);

        public static implicit operator Union<T0, T1>(T0 t) => FromT0(t);
        public static implicit operator Union<T0, T1>(T1 t) => FromT1(t);
        public static bool operator ==(Union<T0, T1> left, Union<T0, T1> right) => left.Equals(right);
        public static bool operator !=(Union<T0, T1> left, Union<T0, T1> right) => !left.Equals(right);
    }

    /// <summary>An input that is one of two types.</summary>
    public sealed class InputUnion<T0, T1> : Input<Union<T0, T1>>
    {
        public InputUnion() : this(Output.Create(default(Union<T0, T1>)))
        {
        }

        private InputUnion(Output<Union<T0, T1>> output) : base(output)
        {
        }

        public static implicit operator InputUnion<T0, T1>(Union<T0, T1> value) => new(Output.Create(value));
        public static implicit operator InputUnion<T0, T1>(T0 value) => new(Output.Create(Union<T0, T1>.FromT0(value)));
        public static implicit operator InputUnion<T0, T1>(T1 value) => new(Output.Create(Union<T0, T1>.FromT1(value)));
        public static implicit operator InputUnion<T0, T1>(Input<T0> value) => new(value.Apply(Union<T0, T1>.FromT0));
        public static implicit operator InputUnion<T0, T1>(Input<T1> value) => new(value.Apply(Union<T0, T1>.FromT1));
        public static implicit operator InputUnion<T0, T1>(Output<Union<T0, T1>> value) => new(value);
        public static implicit operator InputUnion<T0, T1>(Output<T0> value) => new(value.Apply(Union<T0, T1>.FromT0));
        public static implicit operator InputUnion<T0, T1>(Output<T1> value) => new(value.Apply(Union<T0, T1>.FromT1));
    }
}

namespace Pulumi
{
    /// <summary>Untyped access to a union's value, for the engine's serializer.</summary>
    internal interface IUnion
    {
        object Value { get; }
    }
}
