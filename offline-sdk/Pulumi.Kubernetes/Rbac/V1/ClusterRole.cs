using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Rbac.V1
{
    public partial class ClusterRole : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("aggregationRule")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Rbac.V1.AggregationRule> AggregationRule { get; private set; } = null!;

        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("rules")]
        public Output<ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Rbac.V1.PolicyRule>> Rules { get; private set; } = null!;

        public ClusterRole(string name, global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.ClusterRoleArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private ClusterRole(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:rbac.authorization.k8s.io/v1:ClusterRole", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.ClusterRoleArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.ClusterRoleArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.ClusterRoleArgs();
            args.ApiVersion = "rbac.authorization.k8s.io/v1";
            args.Kind = "ClusterRole";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRole" },
                    new global::Pulumi.Alias { Type = "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRole" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static ClusterRole Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new ClusterRole(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Rbac.V1
{
    public class ClusterRoleArgs : global::Pulumi.ResourceArgs
    {
        [Input("aggregationRule")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.AggregationRuleArgs>? AggregationRule { get; set; }

        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("rules")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.PolicyRuleArgs>? _rules;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.PolicyRuleArgs> Rules
        {
            get => _rules ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.PolicyRuleArgs>();
            set => _rules = value;
        }

        public ClusterRoleArgs()
        {
        }

        public static new ClusterRoleArgs Empty => new ClusterRoleArgs();
    }
}
