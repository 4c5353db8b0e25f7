using System.Collections.Immutable;
using Numinia.Components.Common;
using Pulumi;
using Pulumi.Aws.Ec2;

namespace Numinia.Components.Network;

/// <summary>
/// The parts of the network whose shape differs when the live VPC is adopted (<see cref="NetworkImports"/>): names as
/// terraform-aws-modules/vpc v5.19.0 gives them (main.tf: <c>"${var.name}-${var.public_subnet_suffix}-${az}"</c>, the
/// database suffix <c>db</c>, the internet gateway and single NAT named after the VPC and its first zone), one NAT gateway
/// and one private route table, and the import ids of each resource.
/// </summary>
public sealed partial class Network
{
    /// <summary>The Name tags: the program's, or the VPC module's on an adopted network.</summary>
    private sealed record Naming(string VpcName, bool Adopted)
    {
        public string InternetGateway => Adopted ? VpcName : $"{VpcName}-igw";

        public string Subnet(string tier, string zone) => $"{VpcName}-{(Adopted && tier == "database" ? "db" : tier)}-{zone}";

        public string Nat(string zone) => Adopted ? $"{VpcName}-{zone}" : $"{VpcName}-nat-{zone}";
    }

    /// <summary>
    /// A child's options; with an import id, the resource is adopted, and protected: the live platform runs on it, so
    /// nothing the program does (a destroy, a rename) may delete it. The NAT gateway and the private default route through
    /// it are adopted unprotected (<paramref name="protect"/> false): they hold nothing, and pausing deletes them in the
    /// <c>up</c> that sets <c>paused</c>, which Pulumi refuses for a protected resource; the gateway's Elastic IP stays protected.
    /// </summary>
    private CustomResourceOptions Adopted(string? importId, InputList<Resource>? dependsOn = null, bool protect = true)
    {
        var options = new CustomResourceOptions { Parent = this };
        if (importId is not null)
        {
            options.ImportId = importId;
            options.Protect = protect;
        }

        if (dependsOn is not null)
        {
            options.DependsOn = dependsOn;
        }

        return options;
    }

    /// <summary>The provider imports a route as <c>&lt;route table id&gt;_&lt;destination&gt;</c>.</summary>
    private static string RouteId(string routeTable) => $"{routeTable}_0.0.0.0/0";

    private ImmutableArray<NatGateway> NatGateways(string name, NetworkSettings settings, Naming naming, InternetGateway internetGateway,
        ImmutableArray<Subnet> publicSubnets, NetworkImports? imports, bool paused)
    {
        var natZones = settings.NatGateways == NatGatewayMode.Single ? 1 : AvailabilityZones.Length;
        return Enumerable.Range(0, natZones).Select(NatGateway? (i) =>
        {
            var zone = AvailabilityZones[i];
            var eip = new Eip($"{name}-nat-eip-{zone}", new EipArgs
            {
                Domain = "vpc",
                Tags = { { "Name", naming.Nat(zone) } },
            }, Adopted(i == 0 ? imports?.NatEip : null, dependsOn: new InputList<Resource> { internetGateway }));
            if (paused)
            {
                return null;
            }

            return new NatGateway($"{name}-nat-{zone}", new NatGatewayArgs
            {
                AllocationId = eip.Id,
                SubnetId = publicSubnets[i].Id,
                Tags = { { "Name", naming.Nat(zone) } },
            }, Adopted(i == 0 ? imports?.NatGateway : null, dependsOn: new InputList<Resource> { internetGateway }, protect: false));
        }).OfType<NatGateway>().ToImmutableArray();
    }

    /// <summary>
    /// The private route table each zone's subnets are associated with: one per zone (per-zone NAT) or one for all. On an
    /// adopted network the live table (the VPC module's single <c>numinia-vpc-private</c>) is imported as the first zone's;
    /// while importing, every private subnet stays associated with it, as live, and converging moves each to its own.
    /// </summary>
    private ImmutableArray<RouteTable> PrivateRouteTables(string name, NetworkSettings settings, Vpc vpc, ImmutableArray<NatGateway> natGateways,
        NetworkImports? imports)
    {
        var perZone = settings.NatGateways == NatGatewayMode.PerAvailabilityZone;
        var adoptedNetwork = imports is not null;
        var tables = AvailabilityZones.Select((zone, i) =>
        {
            if (adoptedNetwork && !perZone && i > 0)
            {
                return null;
            }

            // The adopted table is the first zone's, named as the live single table.
            var adopted = adoptedNetwork && i == 0;
            var table = new RouteTable(adopted ? $"{name}-private-rt" : $"{name}-private-rt-{zone}", new RouteTableArgs
            {
                VpcId = vpc.Id,
                Tags = { { "Name", adopted ? $"{settings.VpcName}-private" : $"{settings.VpcName}-private-{zone}" } },
            }, Adopted(adopted ? imports!.PrivateRouteTable : null));
            if (!natGateways.IsEmpty)
            {
                _ = new Route(adopted ? $"{name}-private-egress" : $"{name}-private-egress-{zone}", new RouteArgs
                {
                    RouteTableId = table.Id,
                    DestinationCidrBlock = "0.0.0.0/0",
                    NatGatewayId = natGateways[perZone ? i : 0].Id,
                }, Adopted(adopted ? RouteId(imports!.PrivateRouteTable) : null, protect: false));
            }

            return table;
        }).ToArray();
        var shared = adoptedNetwork && (!perZone || imports is { Phase: AdoptionPhase.Import });
        return AvailabilityZones.Select((_, i) => tables[shared ? 0 : i]!).ToImmutableArray();
    }

    /// <summary>
    /// The new cluster's discovery tag on the adopted public and private subnets, each a tag resource, so that it is there
    /// from the first <c>up</c> (the Load Balancer Controller skips subnets tagged for another cluster only:
    /// aws-load-balancer-controller v2 pkg/networking/subnet_resolver.go, checkSubnetIsNotTaggedForOtherClusters) while
    /// the subnets' own tags stay the live ones, which their import must match.
    /// </summary>
    private void NewClusterTags(string clusterTag, ImmutableArray<Subnet> subnets, Pulumi.Aws.Provider? provider)
    {
        foreach (var subnet in subnets)
        {
            _ = new Tag($"{subnet.GetResourceName()}-cluster-tag", new TagArgs
            {
                ResourceId = subnet.Id,
                Key = clusterTag,
                Value = "shared",
            }, new CustomResourceOptions { Parent = this, Provider = provider });
        }
    }
}
