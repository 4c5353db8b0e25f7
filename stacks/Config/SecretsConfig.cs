using System.Collections.Immutable;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.SealedSecrets;
using Numinia.Components.Addons.SecretsStoreCsi;

namespace Numinia.Stacks.Config;

/// <summary>The secrets tooling: External Secrets Operator, Secrets Store CSI driver with its AWS provider, Sealed Secrets.</summary>
public sealed record SecretsConfig
{
    /// <summary><c>numinia-infra:externalSecretsChartVersion</c>: the exact <c>external-secrets</c> chart version.</summary>
    public string ExternalSecretsChartVersion { get; init; } = ExternalSecretsAddon.DefaultChartVersion;

    /// <summary><c>numinia-infra:secretsStoreCsiChartVersion</c>: the exact <c>secrets-store-csi-driver</c> chart version.</summary>
    public string SecretsStoreCsiChartVersion { get; init; } = SecretsStoreCsiAddon.DefaultDriverChartVersion;

    /// <summary><c>numinia-infra:secretsStoreCsiAwsChartVersion</c>: the exact <c>secrets-store-csi-driver-provider-aws</c> chart version.</summary>
    public string SecretsStoreCsiAwsChartVersion { get; init; } = SecretsStoreCsiAddon.DefaultAwsProviderChartVersion;

    /// <summary><c>numinia-infra:sealedSecretsChartVersion</c>: the exact <c>sealed-secrets</c> chart version.</summary>
    public string SealedSecretsChartVersion { get; init; } = SealedSecretsAddon.DefaultChartVersion;

    /// <summary>
    /// <c>numinia-infra:secretNamePrefixes</c>: the Secrets Manager name prefixes the External Secrets Operator
    /// may read, each ending with <c>/</c> (live: <c>["numinia/"]</c>; tenants' secrets are <c>numinia/&lt;org&gt;/&lt;env&gt;/...</c>).
    /// </summary>
    public ImmutableArray<string> SecretNamePrefixes { get; init; } = ImmutableArray.Create("numinia/");
}
