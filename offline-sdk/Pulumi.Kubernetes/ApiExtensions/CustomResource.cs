using Pulumi.Kubernetes.Types.Inputs.Meta.V1;
using Pulumi.Kubernetes.Types.Outputs.Meta.V1;

namespace Pulumi.Kubernetes.ApiExtensions
{
    /// <summary>
    /// An instance of a custom resource definition. Derive typed args from
    /// <see cref="CustomResourceArgs"/> and pass them here.
    /// </summary>
    public class CustomResource : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<ObjectMeta> Metadata { get; private set; } = null!;

        public CustomResource(string name, CustomResourceArgs args, CustomResourceOptions? options = null)
            : base(args.Type, name, args, options)
        {
        }
    }

    /// <summary>
    /// Base of the args of a custom resource; subclasses add the typed fields (e.g. spec).
    /// The resource type token is "kubernetes:{apiVersion}:{kind}".
    /// </summary>
    public abstract class CustomResourceArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string> ApiVersion { get; }

        [Input("kind")]
        public Input<string> Kind { get; }

        [Input("metadata")]
        public Input<ObjectMetaArgs>? Metadata { get; set; }

        internal string Type { get; }

        protected CustomResourceArgs(string apiVersion, string kind)
        {
            ApiVersion = apiVersion;
            Kind = kind;
            Type = $"kubernetes:{apiVersion}:{kind}";
        }
    }
}
