using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Rbac.V1
{
    public partial class ClusterRoleBinding : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("roleRef")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Rbac.V1.RoleRef> RoleRef { get; private set; } = null!;

        [Output("subjects")]
        public Output<ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Rbac.V1.Subject>> Subjects { get; private set; } = null!;

        public ClusterRoleBinding(string name, global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.ClusterRoleBindingArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private ClusterRoleBinding(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.ClusterRoleBindingArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.ClusterRoleBindingArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.ClusterRoleBindingArgs();
            args.ApiVersion = "rbac.authorization.k8s.io/v1";
            args.Kind = "ClusterRoleBinding";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "kubernetes:rbac.authorization.k8s.io/v1alpha1:ClusterRoleBinding" },
                    new global::Pulumi.Alias { Type = "kubernetes:rbac.authorization.k8s.io/v1beta1:ClusterRoleBinding" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static ClusterRoleBinding Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new ClusterRoleBinding(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Rbac.V1
{
    public class ClusterRoleBindingArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("roleRef", required: true)]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.RoleRefArgs> RoleRef { get; set; } = null!;

        [Input("subjects")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.SubjectArgs>? _subjects;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.SubjectArgs> Subjects
        {
            get => _subjects ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Rbac.V1.SubjectArgs>();
            set => _subjects = value;
        }

        public ClusterRoleBindingArgs()
        {
        }

        public static new ClusterRoleBindingArgs Empty => new ClusterRoleBindingArgs();
    }
}
