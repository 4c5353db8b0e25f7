using System.Collections.Immutable;
using System.Text.Json;
using Numinia.Components.Addons.ExternalSecrets;
using Numinia.Components.Addons.ExternalSecrets.Inputs;
using Pulumi;
using Pulumi.Aws.SecretsManager;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace Numinia.Components.Tenants;

// Secrets: each environment's own SecretStore and its application settings secret.
public sealed partial class Organization
{
    /// <summary>The initial value of an application settings secret: each configured key with an empty value.</summary>
    public static string InitialSettings(ImmutableArray<string> keys)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            settings[key] = string.Empty;
        }

        return JsonSerializer.Serialize(settings);
    }

    /// <summary>
    /// The namespace's own store, authenticated as its service account: ExternalSecrets here read only what
    /// this environment's role may read (the platform's ClusterSecretStore refuses tenant namespaces).
    /// </summary>
    private void NamespaceSecretStore(string prefix, string namespaceName, Output<string> ns, ImmutableDictionary<string, string> objectLabels,
        OrganizationArgs args, Resource serviceAccount)
    {
        var context = args.Cluster;
        var storeDependencies = (args.SecretStoreDependsOn.IsDefault ? ImmutableArray<Resource>.Empty : args.SecretStoreDependsOn)
            .Add(serviceAccount).ToArray();
        _ = new SecretStore($"{prefix}-secret-store", new SecretStoreArgs
        {
            Metadata = new ObjectMetaArgs { Name = SecretStoreName, Namespace = ns, Labels = objectLabels },
            Spec = new SecretStoreSpecArgs
            {
                Provider = new SecretStoreProviderArgs
                {
                    Aws = new AwsProviderArgs
                    {
                        Service = "SecretsManager",
                        Region = context.Region,
                        Auth = new AwsAuthArgs
                        {
                            Jwt = new AwsJwtAuthArgs { ServiceAccountRef = new ServiceAccountSelectorArgs { Name = namespaceName } },
                        },
                    },
                },
            },
        }, context.Kubernetes(this, storeDependencies));
    }

    /// <summary>The environment's application settings secret and its initial version (the keys, with empty values).</summary>
    private Secret AppSettings(string prefix, OrganizationSpec spec, EnvironmentSpec environment, Output<string> kmsKeyArn)
    {
        var secretName = spec.SecretNamePrefix(environment) + AppSettingsSecret;
        var secret = new Secret($"{prefix}-app-settings", new Pulumi.Aws.SecretsManager.SecretArgs
        {
            Name = secretName,
            Description = $"Application settings of {spec.Name} {environment.Name}; values are set outside Pulumi.",
            KmsKeyId = kmsKeyArn,
            Tags = { { OrganizationTag, spec.Name } },
        }, new CustomResourceOptions { Parent = this });

        // The program writes the keys once; the values are set in Secrets Manager by the organization's
        // operators, and ignoring the secret string keeps them from being reset on the next update.
        _ = new SecretVersion($"{prefix}-app-settings-initial", new SecretVersionArgs
        {
            SecretId = secret.Id,
            SecretString = InitialSettings(spec.AppSettingsKeys.IsDefault ? ImmutableArray<string>.Empty : spec.AppSettingsKeys),
        }, new CustomResourceOptions { Parent = this, IgnoreChanges = { "secretString" } });
        return secret;
    }
}
