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

    /// <summary>
    /// The label of a tenant organization's namespace, valued with the organization's name: tenant isolation, External Secrets'
    /// cluster-store guard, the flow model and the policy rules find tenants by it.
    /// </summary>
    public const string Organization = "numinia.xyz/organization";
}
