using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Iam;
using Numinia.Components.Tenants;
using Numinia.Components.Addons.Flux;
using Numinia.Stacks.Config;
using Numinia.Stacks.Contract;
using Pulumi;

namespace Numinia.Stacks;

/// <summary>
/// A tenant stack: one organization (both environments) in a stack of its own, e.g. <c>prod-numinia</c>. It reads the
/// platform stack through the typed outputs contract and builds exactly the <see cref="Organization"/> the platform
/// stack would build inline, with the cluster's Kubernetes provider and the platform's AWS account, region and tags.
/// A tenant change then previews, locks and updates only this stack, at any number of organizations.
/// </summary>
public sealed class TenantStack : Stack
{
    /// <summary>The name of the stack reference to the platform stack.</summary>
    public const string PlatformReferenceName = "platform";

    /// <summary>This organization's environments, in the shape of the platform stack's <c>organizations</c> output.</summary>
    [Output(PlatformOutputNames.Organizations)]
    public Output<ImmutableDictionary<string, ImmutableDictionary<string, ImmutableDictionary<string, string>>>> Organizations { get; private set; }

    /// <summary>The organization this stack builds.</summary>
    [Output(TenantStackConfig.OrganizationKey)]
    public Output<string> OrganizationName { get; private set; }

    /// <summary>The platform stack it reads.</summary>
    [Output(TenantStackConfig.PlatformStackKey)]
    public Output<string> PlatformStack { get; private set; }

    /// <summary>The outputs contract this stack's <c>organizations</c> follows (<see cref="PlatformContract.Version"/>).</summary>
    [Output(PlatformOutputNames.ContractVersion)]
    public Output<string> ContractVersion { get; private set; }

    /// <summary>Builds the organization named by the stack's config against the platform stack it names.</summary>
    public TenantStack()
    {
        var config = ConfigReader.ReadTenantStack(Stacks.PlatformStack.ReadConfigValue, ConfigKeys.FromEnvironment(),
            $"{Deployment.Instance.ProjectName}/{Deployment.Instance.StackName}");
        var spec = config.Organization;
        var platform = PlatformOutputs.From(new StackReference(PlatformReferenceName, new StackReferenceArgs { Name = config.PlatformStack }));

        // A platform that still builds this organization inline owns its namespaces: refuse it. Both providers read the
        // platform through this check, so that nothing of the organization can be created when it fails.
        var inlineCheck = Output.Tuple(platform.Organizations, platform.StackName).Apply(p =>
            p.Item1.ContainsKey(spec.Name)
                ? throw new PlatformContractException(
                    $"The platform stack '{p.Item2}' still builds the organization '{spec.Name}' inline; move it to this stack first "
                    + "(README, \"Tenant stacks\": pulumi state move, then tenancy: stacks on the platform stack).")
                : spec.Name);

        // Named as the platform stack's own providers, so that an organization moved here from the platform stack
        // (pulumi state move) keeps providers of the same configuration and nothing is replaced.
        var aws = new Pulumi.Aws.Provider("aws", new Pulumi.Aws.ProviderArgs
        {
            Region = Checked(inlineCheck, platform.Region),
            AllowedAccountIds = platform.AccountId.Apply(id => ImmutableArray.Create(id)),
            DefaultTags = new Pulumi.Aws.Inputs.ProviderDefaultTagsArgs { Tags = platform.DefaultTags },
        });
        // In the platform stack this provider is a child of the cluster component; a moved organization's state can
        // name it so, and the alias makes it this one.
        var kubernetes = new Pulumi.Kubernetes.Provider("cluster-k8s", new Pulumi.Kubernetes.ProviderArgs { KubeConfig = Checked(inlineCheck, platform.Kubeconfig) },
            new CustomResourceOptions
            {
                Aliases =
                {
                    new Alias
                    {
                        Urn = $"urn:pulumi:{Deployment.Instance.StackName}::{Deployment.Instance.ProjectName}::"
                              + $"{Numinia.Components.Cluster.EksCluster.TypeToken}$pulumi:providers:kubernetes::cluster-k8s",
                    },
                },
            });

        // The platform's values go in as outputs: the organization is declared at once, its resources visible in preview.
        var cluster = new OrganizationCluster
        {
            Region = platform.Region,
            AccountId = platform.AccountId,
            Oidc = new OidcProvider
            {
                Arn = platform.OidcProviderArn,
                Issuer = platform.OidcIssuerUrl.Apply(url => url.Replace("https://", "", StringComparison.Ordinal)),
            },
            KmsKeyArn = platform.KmsKeyArn,
            KubernetesProvider = kubernetes,
        };
        var organization = new Organization(spec.Name, TenantWiring.Args(spec, new TenantWiring.Platform(cluster, platform.ClusterName,
                platform.StaticsBucketArn, platform.VpcCidr.Apply(Cidr.Parse), platform.DatabaseSubnetCidrs.Apply(c => c.Select(Cidr.Parse).ToImmutableArray()),
                platform.ServiceCidr.Apply(Cidr.Parse))) with
        {
            // The platform stack installed Flux; the organization's own sync is this stack's.
            Flux = new FluxSync { Settings = config.Flux, DeployKey = Output.CreateSecret(config.Flux.DeployKey) },
        },
            new ComponentResourceOptions { Providers = { aws } });
        var contract = Output.Tuple(inlineCheck, organization.Contract).Apply(t => t.Item2);

        Organizations = contract.Apply(c => ImmutableDictionary<string, ImmutableDictionary<string, ImmutableDictionary<string, string>>>.Empty
            .WithComparers(StringComparer.Ordinal)
            .Add(spec.Name, c));
        OrganizationName = Output.Create(spec.Name);
        PlatformStack = Output.Create(config.PlatformStack);
        ContractVersion = Output.Create(PlatformContract.Version);
    }

    // The value once the check has passed (the check's failure fails whatever reads it).
    private static Output<T> Checked<T>(Output<string> check, Output<T> value) => Output.Tuple(check, value).Apply(t => t.Item2);
}
