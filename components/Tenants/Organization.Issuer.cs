using Numinia.Components.Addons.CertManager;
using Numinia.Components.Kubernetes;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;

namespace Numinia.Components.Tenants;

// The organization's own ACME ClusterIssuer.
public sealed partial class Organization
{
    private ClusterIssuer CreateIssuer(string resourceName, OrganizationSpec spec, string email, OrganizationArgs args)
    {
        var solver = new ClusterIssuerSpecAcmeSolversArgs
        {
            Http01 = new ClusterIssuerSpecAcmeSolversHttp01Args
            {
                Ingress = new ClusterIssuerSpecAcmeSolversHttp01IngressArgs { Class = args.Http01IngressClass },
            },
        };
        if (!spec.Domains.IsDefaultOrEmpty)
        {
            // The organization's issuer answers challenges for its own zones only.
            solver.Selector = new ClusterIssuerSpecAcmeSolversSelectorArgs { DnsZones = spec.Domains };
        }

        var dependsOn = args.IssuerDependsOn.IsDefault ? Array.Empty<Resource>() : args.IssuerDependsOn.ToArray();
        return new ClusterIssuer(resourceName, new ClusterIssuerArgs
        {
            Metadata = new ObjectMetaArgs
            {
                Name = spec.IssuerName,
                Labels = { { NamespaceLabels.Organization, spec.Name }, { PlatformNamespace.ManagedByLabel, "pulumi" } },
            },
            Spec = new ClusterIssuerSpecArgs
            {
                Acme = new ClusterIssuerSpecAcmeArgs
                {
                    Server = args.AcmeServer,
                    Email = email,
                    PrivateKeySecretRef = new ClusterIssuerSpecAcmePrivateKeySecretRefArgs { Name = $"{spec.IssuerName}-account-key" },
                    Solvers = { solver },
                },
            },
        }, args.Cluster.Kubernetes(this, dependsOn));
    }
}
