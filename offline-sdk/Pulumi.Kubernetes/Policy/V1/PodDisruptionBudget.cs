namespace Pulumi.Kubernetes.Policy.V1
{
    public partial class PodDisruptionBudget : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("spec")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Policy.V1.PodDisruptionBudgetSpec> Spec { get; private set; } = null!;

        [Output("status")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Policy.V1.PodDisruptionBudgetStatus> Status { get; private set; } = null!;

        public PodDisruptionBudget(string name, global::Pulumi.Kubernetes.Types.Inputs.Policy.V1.PodDisruptionBudgetArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:policy/v1:PodDisruptionBudget", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private PodDisruptionBudget(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:policy/v1:PodDisruptionBudget", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Policy.V1.PodDisruptionBudgetArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Policy.V1.PodDisruptionBudgetArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Policy.V1.PodDisruptionBudgetArgs();
            args.ApiVersion = "policy/v1";
            args.Kind = "PodDisruptionBudget";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "kubernetes:policy/v1beta1:PodDisruptionBudget" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static PodDisruptionBudget Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new PodDisruptionBudget(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Policy.V1
{
    public class PodDisruptionBudgetArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("spec")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Policy.V1.PodDisruptionBudgetSpecArgs>? Spec { get; set; }

        public PodDisruptionBudgetArgs()
        {
        }

        public static new PodDisruptionBudgetArgs Empty => new PodDisruptionBudgetArgs();
    }
}
