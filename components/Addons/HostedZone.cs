using Pulumi;

namespace Numinia.Components.Addons;

/// <summary>The platform's Route53 hosted zone (live: <c>numinia.xyz</c>), which DNS records and DNS-01 challenges go into.</summary>
public sealed record HostedZone
{
    /// <summary>The zone's domain name, e.g. <c>numinia.xyz</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The zone's id, e.g. <c>Z0123456789ABCDEFGHIJ</c>.</summary>
    public required Output<string> ZoneId { get; init; }

    /// <summary>The zone's ARN, the only zone IAM policies of DNS writers name.</summary>
    public Output<string> Arn => ZoneId.Apply(id => $"arn:aws:route53:::hostedzone/{id}");
}
