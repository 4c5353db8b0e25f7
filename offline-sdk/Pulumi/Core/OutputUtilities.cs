using System.Collections.Immutable;

namespace Pulumi.Utilities
{
    /// <summary>Test helpers that look inside an output.</summary>
    public static class OutputUtilities
    {
        public static Output<T> CreateUnknown<T>(T value)
            => new(Task.FromResult(new OutputData<T>(ImmutableHashSet<Resource>.Empty, value, false, false)));

        public static Output<T> CreateUnknown<T>(Func<Task<T>> valueFactory)
            => new(CreateUnknownAsync(valueFactory));

        private static async Task<OutputData<T>> CreateUnknownAsync<T>(Func<Task<T>> valueFactory)
            => new(ImmutableHashSet<Resource>.Empty, await valueFactory().ConfigureAwait(false), false, false);

        public static Output<T> WithDependency<T>(Output<T> output, Resource resource)
            => new(WithDependencyAsync(output, resource));

        private static async Task<OutputData<T>> WithDependencyAsync<T>(Output<T> output, Resource resource)
        {
            var data = await output.DataTask.ConfigureAwait(false);
            return new OutputData<T>(data.Resources.Add(resource), data.Value, data.IsKnown, data.IsSecret);
        }

        public static async Task<bool> GetIsKnownAsync<T>(Output<T> output)
            => (await output.DataTask.ConfigureAwait(false)).IsKnown;

        /// <summary>The output's value; default when it is unknown.</summary>
        public static async Task<T> GetValueAsync<T>(Output<T> output)
            => (await output.DataTask.ConfigureAwait(false)).Value;

        public static async Task<ImmutableHashSet<Resource>> GetDependenciesAsync<T>(Output<T> output)
            => (await output.DataTask.ConfigureAwait(false)).Resources;
    }
}
