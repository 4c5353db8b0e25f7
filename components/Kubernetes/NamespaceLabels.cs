namespace Numinia.Components.Kubernetes;

/// <summary>The labels the platform puts on namespaces for network policies to select them.</summary>
public static class NamespaceLabels
{
    /// <summary>
    /// The label of the namespaces Knative serves applications in (tenants', and the platform's application namespaces):
    /// Kourier and the activator route to their pods, the autoscaler and Prometheus scrape them, their pods call Kourier.
    /// </summary>
    public const string KnativeServed = "numinia.xyz/knative-serving";

    /// <summary>The value of <see cref="KnativeServed"/>.</summary>
    public const string KnativeServedValue = "enabled";
}
