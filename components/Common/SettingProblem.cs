namespace Numinia.Components.Common;

/// <summary>
/// One bad setting of a component, as its settings record finds it: the config key the value comes from (without the
/// project's namespace, e.g. <c>natGateways</c> or <c>organizations[2].quota.requestsCpu</c>), the value as given, and
/// what is expected. The stack's config reader reports it with the project's namespace.
/// </summary>
/// <param name="Key">The config key, or the path inside one.</param>
/// <param name="Value">The value as the user wrote it; null when the problem is the key's absence.</param>
/// <param name="Expected">What is wrong and what is expected, e.g. <c>must be at least 1 day</c>.</param>
public sealed record SettingProblem(string Key, string? Value, string Expected);
