using System.Collections.Immutable;
using Numinia.Components.Common;
using Numinia.Components.Compute;

namespace Numinia.Components.Kubernetes;

/// <summary>One platform namespace as configured: its name, Pod Security level, quota and container defaults.</summary>
public sealed record PlatformNamespaceSpec
{
    /// <summary>The namespace's name (a DNS-1123 label).</summary>
    public required string Name { get; init; }

    /// <summary>The Pod Security Admission level it enforces.</summary>
    public PodSecurityLevel PodSecurity { get; init; } = PodSecurityLevel.Restricted;

    /// <summary>Its ResourceQuota.</summary>
    public required NamespaceQuota Quota { get; init; }

    /// <summary>Its LimitRange's defaults for containers that declare no resources.</summary>
    public required ContainerResources ContainerDefaults { get; init; }

    /// <summary>More labels on the namespace.</summary>
    public ImmutableDictionary<string, string> Labels { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>
    /// Whether Knative serves applications here: the namespace carries <see cref="NamespaceLabels.KnativeServed"/>,
    /// and admits Knative Serving and Prometheus and lets its pods call Kourier (<see cref="PlatformNamespaces.ServedAllows"/>).
    /// </summary>
    public bool KnativeServed { get; init; }

    /// <summary>
    /// The node groups its workloads are for: <see cref="NodeGroupPurpose.General"/> (the untainted groups) unless
    /// they are CI jobs (the compute group) or GPU serving (the GPU group, whose GPUs its quota follows).
    /// </summary>
    public NodeGroupPurpose Workloads { get; init; } = NodeGroupPurpose.General;

    /// <summary>
    /// What is wrong with the quantities: a value that is not a quantity, requests above limits (quota and
    /// container defaults), or container default limits that could never fit in the quota.
    /// </summary>
    public ImmutableArray<NamespaceSpecProblem> Problems()
    {
        var fields = new (string Field, string Text)[]
        {
            (QuotaFields.RequestsCpu, Quota.RequestsCpu),
            (QuotaFields.RequestsMemory, Quota.RequestsMemory),
            (QuotaFields.LimitsCpu, Quota.LimitsCpu),
            (QuotaFields.LimitsMemory, Quota.LimitsMemory),
            (QuotaFields.RequestsStorage, Quota.RequestsStorage),
            (QuotaFields.DefaultRequestCpu, ContainerDefaults.RequestCpu),
            (QuotaFields.DefaultRequestMemory, ContainerDefaults.RequestMemory),
            (QuotaFields.DefaultCpu, ContainerDefaults.LimitCpu),
            (QuotaFields.DefaultMemory, ContainerDefaults.LimitMemory),
        };
        var problems = ImmutableArray.CreateBuilder<NamespaceSpecProblem>();
        var parsed = new Dictionary<string, Quantity>(StringComparer.Ordinal);
        foreach (var (field, text) in fields)
        {
            if (Quantity.TryParse(text, out var quantity, out var error))
            {
                parsed[field] = quantity;
            }
            else
            {
                problems.Add(new NamespaceSpecProblem(ImmutableArray.Create(field), $"{field} '{text}' {error}"));
            }
        }

        foreach (var (small, large, rule) in new[]
        {
            (QuotaFields.RequestsCpu, QuotaFields.LimitsCpu, "requests never exceed limits"),
            (QuotaFields.RequestsMemory, QuotaFields.LimitsMemory, "requests never exceed limits"),
            (QuotaFields.DefaultRequestCpu, QuotaFields.DefaultCpu, "requests never exceed limits"),
            (QuotaFields.DefaultRequestMemory, QuotaFields.DefaultMemory, "requests never exceed limits"),
            (QuotaFields.DefaultCpu, QuotaFields.LimitsCpu, "a container with the default limits could never fit in the quota"),
            (QuotaFields.DefaultMemory, QuotaFields.LimitsMemory, "a container with the default limits could never fit in the quota"),
        })
        {
            if (parsed.TryGetValue(small, out var smallValue) && parsed.TryGetValue(large, out var largeValue) && smallValue > largeValue)
            {
                problems.Add(new NamespaceSpecProblem(ImmutableArray.Create(small, large),
                    $"{small} ({smallValue}) exceeds {large} ({largeValue}); {rule}"));
            }
        }

        foreach (var (field, count) in new[]
        {
            (QuotaFields.Pods, Quota.Pods),
            (QuotaFields.PersistentVolumeClaims, Quota.PersistentVolumeClaims),
        })
        {
            if (count < 0)
            {
                problems.Add(new NamespaceSpecProblem(ImmutableArray.Create(field), $"{field} ({count}) is negative"));
            }
        }

        return problems.ToImmutable();
    }
}

/// <summary>A problem with a namespace spec: the fields involved and what is wrong, naming their values.</summary>
/// <param name="Fields">The quota or LimitRange fields involved (see <see cref="QuotaFields"/>).</param>
/// <param name="Message">What is wrong, e.g. <c>requests.cpu (32) exceeds limits.cpu (8); requests never exceed limits</c>.</param>
public sealed record NamespaceSpecProblem(ImmutableArray<string> Fields, string Message);
