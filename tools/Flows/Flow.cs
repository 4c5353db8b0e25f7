#if PULUMI_OFFLINE
using System.Collections.Immutable;

namespace Numinia.Infra.Flows;

/// <summary>One end of a flow.</summary>
public abstract record FlowEnd
{
    /// <summary>A pod of a workload.</summary>
    public static FlowEnd Pod(string ns, string workload) => new PodEnd(ns, workload);

    /// <summary>A Service, called at its ClusterIP.</summary>
    public static FlowEnd Service(string ns, string name) => new ServiceEnd(ns, name);

    /// <summary>A node's own address (kubelet, host-network daemons), on a node other than the caller's.</summary>
    public static FlowEnd Node { get; } = new NodeEnd();

    /// <summary>An address outside the pod network (an AWS endpoint, the control plane's ENIs, the NLB).</summary>
    public static FlowEnd Outside(string name, Ipv4 address) => new AddressEnd(name, address);
}

/// <summary>A pod of a workload.</summary>
public sealed record PodEnd(string Namespace, string Workload) : FlowEnd
{
    /// <inheritdoc />
    public override string ToString() => $"{Namespace}/{Workload}";
}

/// <summary>A Service, called at its ClusterIP (the agent's egress probe sees that address, before kube-proxy's DNAT).</summary>
public sealed record ServiceEnd(string Namespace, string Name) : FlowEnd
{
    /// <inheritdoc />
    public override string ToString() => $"service {Namespace}/{Name}";
}

/// <summary>A node's own address.</summary>
public sealed record NodeEnd : FlowEnd
{
    /// <inheritdoc />
    public override string ToString() => "node";
}

/// <summary>An address outside the pod network.</summary>
public sealed record AddressEnd(string Name, Ipv4 Address) : FlowEnd
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Address})";
}

/// <summary>Whether a flow must get through or must be stopped.</summary>
public enum FlowExpectation
{
    /// <summary>The platform breaks without it.</summary>
    Open,

    /// <summary>Isolation the platform promises.</summary>
    Closed,
}

/// <summary>
/// A flow of the platform: who calls whom on which port (the port the caller dials: a Service's port when
/// <see cref="To"/> is a Service), whether it must be open or closed, and why (with the source of that need).
/// </summary>
public sealed record Flow(string Name, FlowEnd From, FlowEnd To, string Protocol, int Port, FlowExpectation Expect, string Why)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>What the cluster does with a flow: open or not, and each probe's verdict.</summary>
/// <param name="Flow">The flow.</param>
/// <param name="Open">Whether its packets get through both ends.</param>
/// <param name="Egress">The caller's egress probe (null when the caller is not a pod with policies to apply).</param>
/// <param name="Ingress">The callee's ingress probe (null when the callee is not a pod).</param>
/// <param name="Path">The addresses and ports the probes saw.</param>
public sealed record FlowVerdict(Flow Flow, bool Open, HookVerdict? Egress, HookVerdict? Ingress, string Path)
{
    /// <summary>Whether the cluster does what the flow expects.</summary>
    public bool AsExpected => Open == (Flow.Expect == FlowExpectation.Open);

    /// <summary>The policies that let the flow through, or the reason it is stopped.</summary>
    public string Explanation
    {
        get
        {
            var parts = ImmutableArray.CreateBuilder<string>();
            if (Egress is { } egress)
            {
                parts.Add($"egress: {egress.Reason}");
            }

            if (Ingress is { } ingress)
            {
                parts.Add($"ingress: {ingress.Reason}");
            }

            return string.Join("; ", parts);
        }
    }
}
#endif
