namespace Pulumi.Kubernetes.Core.V1
{
    public partial class Service : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("spec")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ServiceSpec> Spec { get; private set; } = null!;

        [Output("status")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ServiceStatus> Status { get; private set; } = null!;

        public Service(string name, global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:Service", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private Service(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:Service", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceArgs();
            args.ApiVersion = "v1";
            args.Kind = "Service";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static Service Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new Service(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ServiceArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("spec")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceSpecArgs>? Spec { get; set; }

        public ServiceArgs()
        {
        }

        public static new ServiceArgs Empty => new ServiceArgs();
    }
}
