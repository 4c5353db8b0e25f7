namespace Pulumi.Kubernetes
{
    /// <summary>
    /// Common base of the Kubernetes resource classes.
    /// </summary>
    public abstract class KubernetesResource : global::Pulumi.CustomResource
    {
        internal KubernetesResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null)
            : base(type, name, args, options)
        {
        }
    }
}
