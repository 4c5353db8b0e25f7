using System.Collections.Immutable;
#if PULUMI_OFFLINE
using Pulumi.Offline;
#endif
using Pulumi.Testing;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    /// <summary>The type token of a stack reference, which the engine reads (never creates) from the other stack's state.</summary>
    public const string StackReferenceType = "pulumi:pulumi:StackReference";

    /// <summary>
    /// The stacks a plan may reference, by fully qualified name, with their outputs as a plan of them registered
    /// them (the offline engine's <c>SecretValue</c> marking the secret ones): a tenant stack is planned against its platform
    /// stack's own plan.
    /// </summary>
    public ImmutableDictionary<string, ImmutableDictionary<string, object?>> ReferencedStacks { get; init; }
        = ImmutableDictionary<string, ImmutableDictionary<string, object?>>.Empty;

    /// <summary>
    /// The outputs of a referenced stack that were secret there, by stack name, for outputs that carry no mark of
    /// their own (read from a stack object on either SDK, see <see cref="StackOutputs"/>).
    /// </summary>
    public ImmutableDictionary<string, ImmutableHashSet<string>> ReferencedSecretOutputs { get; init; }
        = ImmutableDictionary<string, ImmutableHashSet<string>>.Empty;

    /// <summary>
    /// A stack reference's state as the engine hands it to the program: <c>name</c>, <c>outputs</c> (plain values)
    /// and <c>secretOutputNames</c> (the outputs that were secret in the referenced stack).
    /// </summary>
    private (string? Id, object State) StackReferenceState(MockResourceArgs args)
    {
        var name = args.Inputs.GetValueOrDefault("name") as string ?? (string.IsNullOrEmpty(args.Id) ? args.Name : args.Id) ?? string.Empty;
        if (!ReferencedStacks.TryGetValue(name, out var outputs))
        {
            throw new NotSupportedException(
                $"The plan has no outputs of the stack '{name}' (stack reference '{args.Name}'); a tenant stack is planned after "
                + "the platform stack it names in platformStack (plan --stack <tenant stack>).");
        }

        var declared = ReferencedSecretOutputs.GetValueOrDefault(name) ?? ImmutableHashSet<string>.Empty;
        var secrets = outputs.Where(o => IsSecret(o.Value) || declared.Contains(o.Key)).Select(o => (object)o.Key).Order().ToImmutableArray();
        var plain = outputs.ToImmutableDictionary(o => o.Key, o => Unwrap(o.Value), StringComparer.Ordinal);
        var state = ImmutableDictionary<string, object>.Empty
            .Add("name", name)
            .Add("outputs", plain)
            .Add("secretOutputNames", secrets);
        return (name, state);
    }

#if PULUMI_OFFLINE
    // The offline engine marks a secret output's value (the plan records it so); the real engine's records are
    // the program's own, where a value carries no such mark.
    private static bool IsSecret(object? value) => value is SecretValue;
#else
    private static bool IsSecret(object? value) => false;
#endif

    // The referenced stack's values as its state holds them: secrets in the clear (the names say which), nothing unknown.
    private static object Unwrap(object? value) => value switch
    {
#if PULUMI_OFFLINE
        SecretValue secret => Unwrap(secret.Value),
        UnknownValue => throw new NotSupportedException("A referenced stack's output is unknown; a stack's outputs are known once it is deployed."),
#endif
        ImmutableDictionary<string, object?> map => map.ToImmutableDictionary(e => e.Key, e => Unwrap(e.Value), StringComparer.Ordinal),
        ImmutableArray<object?> list => list.Select(Unwrap).ToImmutableArray(),
        null => throw new NotSupportedException("A referenced stack's output is null."),
        _ => value,
    };
}
