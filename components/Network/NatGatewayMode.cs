namespace Numinia.Components.Network;

/// <summary>How many NAT gateways the private subnets egress through.</summary>
public enum NatGatewayMode
{
    /// <summary>One NAT gateway in the first zone for every private subnet (the live, cheaper choice).</summary>
    Single,

    /// <summary>One NAT gateway per zone, so losing a zone does not cut the others' egress.</summary>
    PerAvailabilityZone,
}
