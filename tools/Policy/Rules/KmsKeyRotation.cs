#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Policy.Rules;

/// <summary>
/// Every customer-managed symmetric KMS key rotates its key material yearly (or on its
/// <c>rotationPeriodInDays</c>). Asymmetric and HMAC keys are exempt: AWS cannot rotate them.
/// </summary>
public sealed class KmsKeyRotation : PolicyRule
{
    /// <inheritdoc />
    public override string Id => "kms-key-rotation";

    /// <inheritdoc />
    public override string Title => "KMS keys rotate (enableKeyRotation)";

    /// <inheritdoc />
    public override ImmutableArray<string> ResourceTypes { get; } = [PolicyTokens.KmsKey];

    /// <inheritdoc />
    public override IEnumerable<PolicyViolation> Check(PolicyPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var key in plan.OfType(PolicyTokens.KmsKey))
        {
            var spec = PolicyValues.AsString(key.Input("customerMasterKeySpec"));
            if (spec is not null && spec != "SYMMETRIC_DEFAULT")
            {
                continue;
            }

            var rotation = key.Input("enableKeyRotation");
            if (PolicyValues.AsBool(rotation) != true)
            {
                yield return Violation(key, $"enableKeyRotation is {PolicyValues.Show(rotation)}; a symmetric key must rotate (true)");
            }
        }
    }
}
#endif
