namespace Pulumi.Kubernetes.Core.V1
{
    public partial class LimitRange : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("spec")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.LimitRangeSpec> Spec { get; private set; } = null!;

        public LimitRange(string name, global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:LimitRange", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private LimitRange(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:LimitRange", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeArgs();
            args.ApiVersion = "v1";
            args.Kind = "LimitRange";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static LimitRange Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new LimitRange(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class LimitRangeArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("spec")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LimitRangeSpecArgs>? Spec { get; set; }

        public LimitRangeArgs()
        {
        }

        public static new LimitRangeArgs Empty => new LimitRangeArgs();
    }
}
