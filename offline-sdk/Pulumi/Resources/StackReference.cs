using System.Collections.Immutable;

namespace Pulumi
{
    /// <summary>
    /// Reads the outputs of another stack. Offline, the mocks return them as the <c>outputs</c>
    /// property of the <c>pulumi:pulumi:StackReference</c> resource (and the names of the secret
    /// ones as <c>secretOutputNames</c>).
    /// </summary>
    public class StackReference : CustomResource
    {
        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("outputs")]
        public Output<ImmutableDictionary<string, object>> Outputs { get; private set; } = null!;

        [Output("secretOutputNames")]
        public Output<ImmutableArray<string>> SecretOutputNames { get; private set; } = null!;

        public StackReference(string name, StackReferenceArgs? args = null, CustomResourceOptions? options = null)
            : base("pulumi:pulumi:StackReference", name,
                new StackReferenceArgs { Name = args?.Name ?? name },
                CustomResourceOptions.Merge(options, new CustomResourceOptions { Id = args?.Name ?? name }))
        {
        }

        /// <summary>An output of the referenced stack, or null when it has none of that name.</summary>
        public Output<object?> GetOutput(Input<string> name)
        {
            var value = Output.Tuple(name.ToOutput(), Outputs).Apply(t => t.Item2.TryGetValue(t.Item1, out var v) ? v : null);
            return Output.Tuple(value, IsSecretOutputName(name)).Apply(t => t.Item2 ? Output.CreateSecret(t.Item1) : Output.Create(t.Item1));
        }

        /// <summary>An output of the referenced stack; fails when it has none of that name.</summary>
        public Output<object> RequireOutput(Input<string> name)
        {
            var value = Output.Tuple(name.ToOutput(), Outputs, Name).Apply(t => t.Item2.TryGetValue(t.Item1, out var v)
                ? v
                : throw new KeyNotFoundException($"Required output '{t.Item1}' does not exist on stack '{t.Item3}'."));
            return Output.Tuple(value, IsSecretOutputName(name)).Apply(t => t.Item2 ? Output.CreateSecret(t.Item1) : Output.Create(t.Item1));
        }

        public async Task<object?> GetValueAsync(Input<string> name)
            => await Utilities.OutputUtilities.GetValueAsync(GetOutput(name)).ConfigureAwait(false);

        public async Task<object> RequireValueAsync(Input<string> name)
            => await Utilities.OutputUtilities.GetValueAsync(RequireOutput(name)).ConfigureAwait(false);

        private Output<bool> IsSecretOutputName(Input<string> name)
            => Output.Tuple(name.ToOutput(), SecretOutputNames).Apply(t => !t.Item2.IsDefault && t.Item2.Contains(t.Item1));
    }

    /// <summary>Arguments of a <see cref="StackReference"/>.</summary>
    public class StackReferenceArgs : ResourceArgs
    {
        /// <summary>The fully qualified name of the referenced stack (organization/project/stack).</summary>
        [Input("name", required: true)]
        public Input<string>? Name { get; set; }
    }
}
