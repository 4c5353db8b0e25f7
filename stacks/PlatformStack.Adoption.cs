using Numinia.Components.Common;
using Numinia.Stacks.Config;
using Pulumi;

namespace Numinia.Stacks;

public sealed partial class PlatformStack
{
    /// <summary>Whether the stack adopts any live resource.</summary>
    private static bool AdoptsAnything(PlatformConfig config)
        => config.Network.Imports is not null || config.Database.Imports is not null || config.Statics.Import || config.StaticsCdn.Import || config.Dns.ImportZone;

    /// <summary>
    /// The provider of adopted resources, or null when nothing is adopted. While importing, its default tags are the live
    /// Terraform's (<see cref="Adoption.LiveTags"/>), which the provider then leaves out of each resource's own tags on read
    /// (terraform-provider-aws internal/tags: RemoveDefaultConfig), so the imports match; converging, they are the
    /// platform's, an in-place tag update of every adopted resource. It ignores the new cluster's discovery tag, which
    /// tag resources of the platform's provider put on the adopted subnets.
    /// </summary>
    private static Pulumi.Aws.Provider? AdoptedProvider(PlatformConfig config, string name, string region)
        => !AdoptsAnything(config) ? null : new Pulumi.Aws.Provider(name, new Pulumi.Aws.ProviderArgs
        {
            Region = region,
            AllowedAccountIds = { config.AccountId },
            DefaultTags = new Pulumi.Aws.Inputs.ProviderDefaultTagsArgs
            {
                Tags = config.AdoptionPhase == AdoptionPhase.Import ? Adoption.LiveTags : config.DefaultTags,
            },
            IgnoreTags = new Pulumi.Aws.Inputs.ProviderIgnoreTagsArgs { Keys = { $"kubernetes.io/cluster/{config.Cluster.Name}" } },
        });

    /// <summary>The options of a component whose resources are adopted when <paramref name="adopted"/>.</summary>
    private static ComponentResourceOptions OptionsFor(bool adopted, Pulumi.Aws.Provider? adoptedProvider, ComponentResourceOptions platform)
        => adopted && adoptedProvider is not null ? new ComponentResourceOptions { Providers = { adoptedProvider } } : platform;
}
