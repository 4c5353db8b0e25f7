using Numinia.Stacks;

namespace Numinia.Infra.Plan;

/// <summary>
/// The stack's config in the environment variables the Pulumi SDK reads it from (<c>PULUMI_CONFIG</c>,
/// <c>PULUMI_CONFIG_SECRET_KEYS</c>) while a mocked run of the program lasts; disposing it puts the previous values back.
/// </summary>
public sealed class ConfigEnvironment : IDisposable
{
    private const string ConfigVariable = "PULUMI_CONFIG";
    private const string SecretKeysVariable = "PULUMI_CONFIG_SECRET_KEYS";
    private readonly string? _previousConfig;
    private readonly string? _previousSecretKeys;

    private ConfigEnvironment(StackConfigFile config)
    {
        _previousConfig = Environment.GetEnvironmentVariable(ConfigVariable);
        _previousSecretKeys = Environment.GetEnvironmentVariable(SecretKeysVariable);
        Environment.SetEnvironmentVariable(ConfigVariable, config.ToPulumiConfigJson());
        Environment.SetEnvironmentVariable(SecretKeysVariable, config.ToSecretKeysJson());
        Account = config.Values.GetValueOrDefault($"{config.ProjectName}:accountId") ?? "111122223333";
        Region = config.Values.GetValueOrDefault("aws:region") ?? "eu-west-1";
    }

    /// <summary>The account the mocks answer with: the stack's <c>accountId</c>, or a placeholder.</summary>
    public string Account { get; }

    /// <summary>The region the mocks answer with: the stack's <c>aws:region</c>, or eu-west-1.</summary>
    public string Region { get; }

    /// <summary>Puts <paramref name="config"/> in the environment until the returned scope is disposed.</summary>
    public static ConfigEnvironment Enter(StackConfigFile config) => new(config);

    /// <inheritdoc />
    public void Dispose()
    {
        Environment.SetEnvironmentVariable(ConfigVariable, _previousConfig);
        Environment.SetEnvironmentVariable(SecretKeysVariable, _previousSecretKeys);
    }
}
