#if PULUMI_OFFLINE
using System.Globalization;

namespace Numinia.Infra.Flows;

/// <summary>
/// Follows a flow's packets through the cluster: out of the caller's pod (its egress probe sees the address it dialled,
/// a Service's ClusterIP before kube-proxy's DNAT), then into the callee's pod (its ingress probe sees the caller's
/// address and the container port after DNAT). Pods keep their addresses between each other (the VPC CNI routes pod
/// addresses natively; its SNAT applies only to traffic leaving the VPC), so the callee sees the caller's pod address,
/// or the node's for a host-network caller.
/// </summary>
public static class FlowEvaluator
{
    /// <summary>Evaluates <paramref name="flow"/> against <paramref name="model"/>.</summary>
    public static FlowVerdict Evaluate(ClusterModel model, Flow flow)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(flow);
        var source = flow.From switch
        {
            PodEnd p => Pod(model, p),
            _ => null,
        };
        var sourceAddress = flow.From switch
        {
            PodEnd => source!.HostNetwork ? source.NodeIp : source.Ip,
            AddressEnd a => a.Address,
            NodeEnd => model.Nodes[0],
            _ => throw new InvalidOperationException($"{flow.Name}: a flow cannot start at {flow.From}."),
        };

        var (address, target, targetPort, path) = Destination(model, flow, source);
        var egress = source is null ? null : PolicyAgent.Decide(model, source, FlowDirection.Egress, address, flow.Protocol, flow.Port);
        var ingress = target is null ? null : PolicyAgent.Decide(model, target, FlowDirection.Ingress, sourceAddress, flow.Protocol, targetPort);
        var open = (egress?.Allowed ?? true) && (ingress?.Allowed ?? true);
        return new FlowVerdict(flow, open, egress, ingress, $"{sourceAddress} -> {path}");
    }

    private static (Ipv4 Address, ModelPod? Target, int TargetPort, string Path) Destination(ClusterModel model, Flow flow, ModelPod? source)
    {
        var port = flow.Port.ToString(CultureInfo.InvariantCulture);
        switch (flow.To)
        {
            case PodEnd p:
                var pod = Pod(model, p);
                if (pod.HostNetwork)
                {
                    // A host-network pod answers on its node's address; take one on another node than the caller's, which the
                    // agent would let through anyway.
                    var host = model.Nodes.First(n => source is null || n != source.NodeIp);
                    return (host, pod with { Ip = host, NodeIp = host }, flow.Port, $"{host}:{port} ({pod.Id}, host network)");
                }

                return (pod.Ip, pod, flow.Port, $"{pod.Ip}:{port} ({pod.Id})");
            case ServiceEnd s:
                var service = model.Services.SingleOrDefault(x => x.Namespace == s.Namespace && x.Name == s.Name)
                    ?? throw new InvalidOperationException($"{flow.Name}: the model has no Service {s}.");
                var clusterIp = service.ClusterIp ?? throw new InvalidOperationException($"{flow.Name}: {s} is headless; call its pods.");
                var servicePort = service.Ports.SingleOrDefault(x => x.Port == flow.Port && x.Protocol == flow.Protocol)
                    ?? throw new InvalidOperationException($"{flow.Name}: {s} has no port {flow.Protocol}/{flow.Port}.");
                if (service.Selector is null)
                {
                    // Endpoints kept by hand (default/kubernetes: the API server's addresses, outside the pod network).
                    return (clusterIp, null, 0, $"{clusterIp}:{port} ({s}, DNAT to its endpoints)");
                }

                var backing = model.Pods.FirstOrDefault(x => x.Namespace == s.Namespace && LabelSelector.Of(service.Selector).Matches(x.Labels))
                    ?? throw new InvalidOperationException($"{flow.Name}: no pod of the model backs {s}.");
                var target = int.TryParse(servicePort.TargetPort, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                    ? number
                    : backing.Ports.FirstOrDefault(c => c.Name == servicePort.TargetPort && c.Protocol == flow.Protocol)?.Number
                      ?? throw new InvalidOperationException($"{flow.Name}: {backing.Id} has no port named {servicePort.TargetPort}.");
                var after = backing.HostNetwork ? backing.NodeIp : backing.Ip;
                return (clusterIp, backing, target, $"{clusterIp}:{port} ({s}) DNAT {after}:{target.ToString(CultureInfo.InvariantCulture)} ({backing.Id})");
            case NodeEnd:
                var node = model.Nodes.First(n => source is null || n != source.NodeIp);
                return (node, null, 0, $"{node}:{port} (a node)");
            case AddressEnd a:
                return (a.Address, null, 0, $"{a.Address}:{port} ({a.Name})");
            default:
                throw new InvalidOperationException($"{flow.Name}: a flow cannot end at {flow.To}.");
        }
    }

    private static ModelPod Pod(ClusterModel model, PodEnd end)
        => model.Pods.FirstOrDefault(p => p.Namespace == end.Namespace && p.Workload == end.Workload)
           ?? throw new InvalidOperationException($"The model has no pod of {end}.");
}
#endif
