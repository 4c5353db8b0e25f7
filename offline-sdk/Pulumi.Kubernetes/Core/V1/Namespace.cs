namespace Pulumi.Kubernetes.Core.V1
{
    public partial class Namespace : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("spec")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.NamespaceSpec> Spec { get; private set; } = null!;

        [Output("status")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.NamespaceStatus> Status { get; private set; } = null!;

        public Namespace(string name, global::Pulumi.Kubernetes.Types.Inputs.Core.V1.NamespaceArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:Namespace", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private Namespace(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:Namespace", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Core.V1.NamespaceArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Core.V1.NamespaceArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Core.V1.NamespaceArgs();
            args.ApiVersion = "v1";
            args.Kind = "Namespace";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static Namespace Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new Namespace(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class NamespaceArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("spec")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.NamespaceSpecArgs>? Spec { get; set; }

        public NamespaceArgs()
        {
        }

        public static new NamespaceArgs Empty => new NamespaceArgs();
    }
}
