using System.Collections.Immutable;

namespace Numinia.Components.Compute;

/// <summary>What one EC2 instance type brings to the cluster as a node.</summary>
/// <param name="Name">The instance type, e.g. <c>m6i.xlarge</c>.</param>
/// <param name="VCpus">Its vCPUs.</param>
/// <param name="MemoryMiB">Its memory in MiB, as EC2 lists it (the kernel sees a little less).</param>
/// <param name="Gpus">Its NVIDIA GPUs (the <c>nvidia.com/gpu</c> the device plugin advertises; 0 for none).</param>
/// <param name="Accelerator">
/// Its GPUs' type as the Cluster Autoscaler names it in <c>k8s.amazonaws.com/accelerator</c>
/// (e.g. <c>nvidia-a10g</c>), or null without GPUs.
/// </param>
/// <param name="DefaultEnis">Network interfaces on its default network card.</param>
/// <param name="Ipv4PerEni">IPv4 addresses per interface.</param>
public sealed record InstanceTypeInfo(string Name, int VCpus, int MemoryMiB, int Gpus, string? Accelerator, int DefaultEnis, int Ipv4PerEni)
{
    /// <summary>
    /// The kubelet's <c>maxPods</c> on the EKS AL2023 AMIs: ENIs × (IPv4 per ENI − 1) + 2, one address of each
    /// ENI being its own and two host-network pods (aws-node, kube-proxy) needing none (awslabs/amazon-eks-ami
    /// v20260724, <c>nodeadm/internal/kubelet/eni_max_pods.go</c>, <c>calculateStandardMaxPods</c>).
    /// </summary>
    public int MaxPods => (DefaultEnis * (Ipv4PerEni - 1)) + 2;
}

/// <summary>
/// The instance types the node groups may use, with what each brings as a node. The figures are the ones the
/// cluster's own software works from, so that the plan and the cluster agree:
/// <list type="bullet">
/// <item>vCPUs, memory and GPUs: the Cluster Autoscaler's static table, which it uses to build a node from an
/// empty Auto Scaling group (kubernetes/autoscaler cluster-autoscaler-1.35.0,
/// <c>cluster-autoscaler/cloudprovider/aws/ec2_instance_types.go</c>);</item>
/// <item>network interfaces and addresses: the AMI's own table, from which nodeadm computes <c>maxPods</c> and so
/// the memory it reserves (awslabs/amazon-eks-ami v20260724, <c>nodeadm/internal/kubelet/instance-info.jsonl</c>);</item>
/// <item>the accelerator: AWS's instance type pages (g4dn: NVIDIA T4, g5: A10G, g6: L4, p4d: A100, p5: H100,
/// https://aws.amazon.com/ec2/instance-types/), spelled as the Cluster Autoscaler's AWS provider lists GPU types
/// (<c>cloudprovider/aws/aws_cloud_provider.go</c>, <c>availableGPUTypes</c>). Its list has no H100: the label still
/// marks a p5 node as a GPU node, which is what the autoscaler reads it for (<c>utils/gpu/gpu.go</c>,
/// <c>NodeHasGpu</c> checks only that the label is there); its metrics count the type as unknown.</item>
/// </list>
/// A type missing here is refused for the GPU group (its GPU count and label come from here) and left out of the
/// capacity report with a warning for the others: add its row from the same three sources.
/// </summary>
public static class InstanceTypeTable
{
    /// <summary>The node label the Cluster Autoscaler reads to know a node has GPUs before the device plugin advertises them.</summary>
    public const string AcceleratorLabel = "k8s.amazonaws.com/accelerator";

    /// <summary>Every known instance type, by name.</summary>
    public static ImmutableDictionary<string, InstanceTypeInfo> All { get; } = new[]
    {
        Cpu("t3.medium", 2, 4096, 3, 6),
        Cpu("t3.large", 2, 8192, 3, 12),
        Cpu("t3.xlarge", 4, 16384, 4, 15),
        Cpu("t3.2xlarge", 8, 32768, 4, 15),
        Cpu("m5.large", 2, 8192, 3, 10),
        Cpu("m5.xlarge", 4, 16384, 4, 15),
        Cpu("m5.2xlarge", 8, 32768, 4, 15),
        Cpu("m5.4xlarge", 16, 65536, 8, 30),
        Cpu("m6i.large", 2, 8192, 3, 10),
        Cpu("m6i.xlarge", 4, 16384, 4, 15),
        Cpu("m6i.2xlarge", 8, 32768, 4, 15),
        Cpu("m6i.4xlarge", 16, 65536, 8, 30),
        Cpu("m6i.8xlarge", 32, 131072, 8, 30),
        Cpu("m7i.large", 2, 8192, 3, 10),
        Cpu("m7i.xlarge", 4, 16384, 4, 15),
        Cpu("m7i.2xlarge", 8, 32768, 4, 15),
        Cpu("m7i.4xlarge", 16, 65536, 8, 30),
        Cpu("c5.xlarge", 4, 8192, 4, 15),
        Cpu("c5.2xlarge", 8, 16384, 4, 15),
        Cpu("c5.4xlarge", 16, 32768, 8, 30),
        Cpu("c6i.xlarge", 4, 8192, 4, 15),
        Cpu("c6i.2xlarge", 8, 16384, 4, 15),
        Cpu("c6i.4xlarge", 16, 32768, 8, 30),
        Cpu("c6i.8xlarge", 32, 65536, 8, 30),
        Cpu("c7i.xlarge", 4, 8192, 4, 15),
        Cpu("c7i.2xlarge", 8, 16384, 4, 15),
        Cpu("c7i.4xlarge", 16, 32768, 8, 30),
        Gpu("g4dn.xlarge", 4, 16384, 1, "nvidia-tesla-t4", 3, 10),
        Gpu("g4dn.2xlarge", 8, 32768, 1, "nvidia-tesla-t4", 3, 10),
        Gpu("g4dn.4xlarge", 16, 65536, 1, "nvidia-tesla-t4", 3, 10),
        Gpu("g5.xlarge", 4, 16384, 1, "nvidia-a10g", 4, 15),
        Gpu("g5.2xlarge", 8, 32768, 1, "nvidia-a10g", 4, 15),
        Gpu("g5.4xlarge", 16, 65536, 1, "nvidia-a10g", 8, 30),
        Gpu("g5.8xlarge", 32, 131072, 1, "nvidia-a10g", 8, 30),
        Gpu("g5.12xlarge", 48, 196608, 4, "nvidia-a10g", 15, 50),
        Gpu("g6.xlarge", 4, 16384, 1, "nvidia-l4", 4, 15),
        Gpu("g6.2xlarge", 8, 32768, 1, "nvidia-l4", 4, 15),
        Gpu("g6.4xlarge", 16, 65536, 1, "nvidia-l4", 8, 30),
        Gpu("p4d.24xlarge", 96, 1179648, 8, "nvidia-tesla-a100", 15, 50),
        Gpu("p5.48xlarge", 192, 2097152, 8, "nvidia-h100", 2, 50),
    }.ToImmutableDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>The instance type's row, or null when the table does not know it.</summary>
    public static InstanceTypeInfo? Find(string instanceType) => All.GetValueOrDefault(instanceType);

    private static InstanceTypeInfo Cpu(string name, int vcpus, int memoryMiB, int enis, int ipsPerEni)
        => new(name, vcpus, memoryMiB, 0, null, enis, ipsPerEni);

    private static InstanceTypeInfo Gpu(string name, int vcpus, int memoryMiB, int gpus, string accelerator, int enis, int ipsPerEni)
        => new(name, vcpus, memoryMiB, gpus, accelerator, enis, ipsPerEni);
}
