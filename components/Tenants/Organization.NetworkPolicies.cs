using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Inputs.Networking.V1;

namespace Numinia.Components.Tenants;

// The network policies of an organization's namespaces: deny by default, then the allows the tenant needs.
public sealed partial class Organization
{
    private void NetworkPolicies(string prefix, Output<string> ns, ImmutableDictionary<string, string> labels, OrganizationArgs args)
    {
        var context = args.Cluster;
        var allPods = new LabelSelectorArgs();

        Policy("default-deny", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Ingress", "Egress" },
        });

        Policy("allow-dns", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Egress" },
            Egress =
            {
                new NetworkPolicyEgressRuleArgs
                {
                    // One peer with both selectors: the kube-dns pods of kube-system, nothing else there.
                    To =
                    {
                        new NetworkPolicyPeerArgs
                        {
                            NamespaceSelector = NamespaceSelector("kube-system"),
                            PodSelector = new LabelSelectorArgs { MatchLabels = { { "k8s-app", "kube-dns" } } },
                        },
                    },
                    Ports =
                    {
                        new NetworkPolicyPortArgs { Protocol = "UDP", Port = 53 },
                        new NetworkPolicyPortArgs { Protocol = "TCP", Port = 53 },
                    },
                },
            },
        });

        Policy("allow-platform-ingress", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Ingress" },
            Ingress =
            {
                new NetworkPolicyIngressRuleArgs
                {
                    From =
                    {
                        new NetworkPolicyPeerArgs { NamespaceSelector = NamespaceSelector(args.ServingNamespace) },
                        new NetworkPolicyPeerArgs { NamespaceSelector = NamespaceSelector(args.KourierNamespace) },
                        new NetworkPolicyPeerArgs { NamespaceSelector = NamespaceSelector(args.MonitoringNamespace) },
                    },
                },
            },
        });

        // Calls to other Knative services by their cluster-local names go through Kourier's internal gateway,
        // whose pods are inside the VPC range the internet rule excludes. Knative Serving's own pods only call
        // in (activator, autoscaler), so no egress to that namespace is needed.
        Policy("allow-kourier-egress", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Egress" },
            Egress = { new NetworkPolicyEgressRuleArgs { To = { new NetworkPolicyPeerArgs { NamespaceSelector = NamespaceSelector(args.KourierNamespace) } } } },
        });

        var excluded = args.ExcludedCidrs ?? Output.Create(ImmutableArray<Cidr>.Empty);
        InputList<string> except = Output.Tuple(args.VpcCidr, excluded)
            .Apply(t => t.Item2.Select(c => c.ToString()).Prepend(t.Item1.ToString()).Prepend(InstanceMetadataCidr).ToImmutableArray());

        Policy("allow-internet-egress", new NetworkPolicySpecArgs
        {
            PodSelector = allPods,
            PolicyTypes = { "Egress" },
            Egress =
            {
                new NetworkPolicyEgressRuleArgs
                {
                    To = { new NetworkPolicyPeerArgs { IpBlock = new IPBlockArgs { Cidr = "0.0.0.0/0", Except = except } } },
                },
            },
        });

        foreach (var destination in args.PrivateDestinations.IsDefault ? ImmutableArray<PrivateDestination>.Empty : args.PrivateDestinations)
        {
            var rule = new NetworkPolicyEgressRuleArgs
            {
                Ports = { new NetworkPolicyPortArgs { Protocol = "TCP", Port = destination.Port } },
                To = destination.Cidrs.Apply(cidrs => cidrs.Select(c => new NetworkPolicyPeerArgs { IpBlock = new IPBlockArgs { Cidr = c.ToString() } }).ToImmutableArray()),
            };

            Policy($"allow-{destination.Name}-egress", new NetworkPolicySpecArgs { PodSelector = allPods, PolicyTypes = { "Egress" }, Egress = { rule } });
        }

        void Policy(string policyName, NetworkPolicySpecArgs spec)
            => _ = new Pulumi.Kubernetes.Networking.V1.NetworkPolicy($"{prefix}-{policyName}", new NetworkPolicyArgs
            {
                Metadata = new ObjectMetaArgs { Name = policyName, Namespace = ns, Labels = labels },
                Spec = spec,
            }, context.Kubernetes(this));
    }

    private static LabelSelectorArgs NamespaceSelector(string namespaceName)
        => new() { MatchLabels = { { NamespaceNameLabel, namespaceName } } };
}
