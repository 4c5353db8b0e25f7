using System.Collections.Immutable;

namespace Numinia.Components.Kubernetes;

/// <summary>The names of the quota and LimitRange fields of a platform namespace, as Kubernetes spells them.</summary>
public static class QuotaFields
{
    /// <summary>The quota's <c>requests.cpu</c>.</summary>
    public const string RequestsCpu = "requests.cpu";

    /// <summary>The quota's <c>requests.memory</c>.</summary>
    public const string RequestsMemory = "requests.memory";

    /// <summary>The quota's <c>limits.cpu</c>.</summary>
    public const string LimitsCpu = "limits.cpu";

    /// <summary>The quota's <c>limits.memory</c>.</summary>
    public const string LimitsMemory = "limits.memory";

    /// <summary>The quota's <c>requests.storage</c>.</summary>
    public const string RequestsStorage = "requests.storage";

    /// <summary>The quota's <c>pods</c>.</summary>
    public const string Pods = "pods";

    /// <summary>The quota's <c>persistentvolumeclaims</c>.</summary>
    public const string PersistentVolumeClaims = "persistentvolumeclaims";

    /// <summary>The quota's <c>requests.nvidia.com/gpu</c> (extended resources are quota'd by requests only).</summary>
    public const string Gpus = "requests.nvidia.com/gpu";

    /// <summary>The LimitRange's <c>defaultRequest.cpu</c>.</summary>
    public const string DefaultRequestCpu = "defaultRequest.cpu";

    /// <summary>The LimitRange's <c>defaultRequest.memory</c>.</summary>
    public const string DefaultRequestMemory = "defaultRequest.memory";

    /// <summary>The LimitRange's <c>default.cpu</c> (the default limit).</summary>
    public const string DefaultCpu = "default.cpu";

    /// <summary>The LimitRange's <c>default.memory</c> (the default limit).</summary>
    public const string DefaultMemory = "default.memory";

    /// <summary>Every field, in the order they are documented.</summary>
    public static readonly ImmutableArray<string> All = ImmutableArray.Create(
        RequestsCpu, RequestsMemory, LimitsCpu, LimitsMemory, RequestsStorage, Pods, PersistentVolumeClaims, Gpus,
        DefaultRequestCpu, DefaultRequestMemory, DefaultCpu, DefaultMemory);
}
