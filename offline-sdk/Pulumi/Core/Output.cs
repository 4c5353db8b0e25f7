using System.Collections.Immutable;
using System.Text.Json;

namespace Pulumi
{
    /// <summary>Factory methods and combinators for <see cref="Output{T}"/>.</summary>
    public static partial class Output
    {
        public static Output<T> Create<T>(T value) => Create(Task.FromResult(value));

        public static Output<T> Create<T>(Task<T> value) => Output<T>.Create(value);

        public static Output<T> CreateSecret<T>(T value) => CreateSecret(Task.FromResult(value));

        public static Output<T> CreateSecret<T>(Task<T> value) => Output<T>.CreateSecret(value);

        public static Output<T> CreateSecret<T>(Output<T> value) => value.WithIsSecret(Task.FromResult(true));

        public static Output<T> Unsecret<T>(Output<T> output) => output.WithIsSecret(Task.FromResult(false));

        public static async Task<bool> IsSecretAsync<T>(Output<T> output)
        {
            var data = await output.DataTask.ConfigureAwait(false);
            return data.IsSecret;
        }

        public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => All(inputs.AsEnumerable());

        public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs)
            => AllOutputs(inputs.Select(i => i.ToOutput()).ToImmutableArray());

        public static Output<ImmutableArray<T>> All<T>(params Output<T>[] outputs) => All(outputs.AsEnumerable());

        public static Output<ImmutableArray<T>> All<T>(IEnumerable<Output<T>> outputs)
            => AllOutputs(outputs.ToImmutableArray());

        private static Output<ImmutableArray<T>> AllOutputs<T>(ImmutableArray<Output<T>> outputs)
            => new(AllDataAsync(outputs));

        private static async Task<OutputData<ImmutableArray<T>>> AllDataAsync<T>(ImmutableArray<Output<T>> outputs)
        {
            var resources = ImmutableHashSet<Resource>.Empty;
            var values = ImmutableArray.CreateBuilder<T>(outputs.Length);
            var isKnown = true;
            var isSecret = false;
            foreach (var output in outputs)
            {
                var data = await output.DataTask.ConfigureAwait(false);
                values.Add(data.Value);
                resources = resources.Union(data.Resources);
                isKnown &= data.IsKnown;
                isSecret |= data.IsSecret;
            }

            return new OutputData<ImmutableArray<T>>(resources, values.MoveToImmutable(), isKnown, isSecret);
        }

        /// <summary>
        /// Formats a string whose holes may be outputs or inputs; the result is unknown or secret
        /// when any hole is.
        /// </summary>
        public static Output<string> Format(FormattableString formattableString)
        {
            var arguments = formattableString.GetArguments();
            var holes = arguments.Select(ToObjectOutput).ToArray();
            return All(holes).Apply(values => string.Format(
                System.Globalization.CultureInfo.InvariantCulture,
                formattableString.Format,
                values.ToArray()));
        }

        internal static Output<object?> ToObjectOutput(object? value) => value switch
        {
            IInput input => new Output<object?>(input.ToOutputUntyped().GetDataAsync()),
            IOutput output => new Output<object?>(output.GetDataAsync()),
            _ => Create(value),
        };

        public static Output<string> JsonSerialize<T>(Output<T> value, JsonSerializerOptions? options = null)
            => value.Apply(v => JsonSerializer.Serialize(v, options));

        public static Output<T> JsonDeserialize<T>(Output<string> json, JsonSerializerOptions? options = null)
            => json.Apply(s => JsonSerializer.Deserialize<T>(s, options)!);
    }

    /// <summary>
    /// A value that a resource will produce. Offline, its value comes from the mocks; in preview a
    /// value the mocks leave out stays unknown and functions applied over it do not run.
    /// </summary>
    public sealed class Output<T> : IOutput
    {
        internal Task<OutputData<T>> DataTask { get; }

        internal Output(Task<OutputData<T>> dataTask)
        {
            DataTask = dataTask;

            // As the real SDK, the run waits for every output, so that an apply whose result nobody reads (one that
            // only logs, say) still runs before the run ends (pulumi/pulumi-dotnet v3.112.1, sdk/Pulumi/Core/Output.cs,
            // the Output constructor registering its task with the runner).
            Deployment.Current?.Engine.Track(dataTask);
        }

        public static Output<T> Create(Task<T> value) => new(WrapAsync(value, isSecret: false));

        internal static Output<T> CreateSecret(Task<T> value) => new(WrapAsync(value, isSecret: true));

        internal static Output<T> CreateUnknown(ImmutableHashSet<Resource> resources, bool isSecret = false)
            => new(Task.FromResult(new OutputData<T>(resources, default!, false, isSecret)));

        private static async Task<OutputData<T>> WrapAsync(Task<T> value, bool isSecret)
            => OutputData<T>.Known(await value.ConfigureAwait(false), isSecret);

        internal Output<T> WithIsSecret(Task<bool> isSecret) => new(WithIsSecretAsync(DataTask, isSecret));

        private static async Task<OutputData<T>> WithIsSecretAsync(Task<OutputData<T>> data, Task<bool> isSecret)
        {
            var d = await data.ConfigureAwait(false);
            return new OutputData<T>(d.Resources, d.Value, d.IsKnown, await isSecret.ConfigureAwait(false));
        }

        async Task<OutputData<object?>> IOutput.GetDataAsync()
            => (await DataTask.ConfigureAwait(false)).Box();

        public Output<ValueTuple> Apply(Func<T, Task> func)
            => Apply(async v =>
            {
                await func(v).ConfigureAwait(false);
                return default(ValueTuple);
            });

        public Output<TResult> Apply<TResult>(Func<T, TResult> func)
            => Apply(v => Output.Create(func(v)));

        public Output<TResult> Apply<TResult>(Func<T, Task<TResult>> func)
            => Apply(v => Output.Create(func(v)));

        public Output<TResult> Apply<TResult>(Func<T, Input<TResult>?> func)
            => Apply(v => func(v).ToOutput());

        public Output<TResult> Apply<TResult>(Func<T, Output<TResult>?> func)
            => new(ApplyAsync(DataTask, func));

        private static async Task<OutputData<TResult>> ApplyAsync<TResult>(
            Task<OutputData<T>> dataTask, Func<T, Output<TResult>?> func)
        {
            var data = await dataTask.ConfigureAwait(false);
            if (!data.IsKnown)
            {
                // In preview an unknown value is never given to user code.
                return new OutputData<TResult>(data.Resources, default!, false, data.IsSecret);
            }

            var inner = func(data.Value);
            if (inner is null)
            {
                return new OutputData<TResult>(data.Resources, default!, true, data.IsSecret);
            }

            var innerData = await inner.DataTask.ConfigureAwait(false);
            return new OutputData<TResult>(
                data.Resources.Union(innerData.Resources),
                innerData.Value,
                innerData.IsKnown,
                data.IsSecret || innerData.IsSecret);
        }

        /// <summary>
        /// Outputs are not values: converting one to text is almost always a mistake, so the text
        /// says so instead of showing a type name.
        /// </summary>
        public override string ToString()
            => "Calling [ToString] on an [Output<T>] is not supported. To get the value of an Output<T> as an " +
               "Output<string> consider either: 1: o.Apply(v => $\"prefix{v}suffix\") or 2: Output.Format($\"prefix{hostname}suffix\");";
    }
}
