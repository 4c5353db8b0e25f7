using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Rbac.V1
{
    public partial class Role : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("rules")]
        public Output<ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Rbac.V1.PolicyRule>> Rules { get; private set; } = null!;

        public Role(string name, global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:rbac.authorization.k8s.io/v1:Role", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private Role(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:rbac.authorization.k8s.io/v1:Role", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleArgs();
            args.ApiVersion = "rbac.authorization.k8s.io/v1";
            args.Kind = "Role";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "kubernetes:rbac.authorization.k8s.io/v1alpha1:Role" },
                    new global::Pulumi.Alias { Type = "kubernetes:rbac.authorization.k8s.io/v1beta1:Role" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static Role Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new Role(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Rbac.V1
{
    public class RoleArgs : global::Pulumi.ResourceArgs
    {
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

        public RoleArgs()
        {
        }

        public static new RoleArgs Empty => new RoleArgs();
    }
}
