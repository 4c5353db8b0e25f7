namespace Pulumi.Kubernetes.Networking.V1
{
    public partial class NetworkPolicy : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("spec")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicySpec> Spec { get; private set; } = null!;

        [Output("status")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Networking.V1.NetworkPolicyStatus> Status { get; private set; } = null!;

        public NetworkPolicy(string name, global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:networking.k8s.io/v1:NetworkPolicy", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private NetworkPolicy(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:networking.k8s.io/v1:NetworkPolicy", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicyArgs();
            args.ApiVersion = "networking.k8s.io/v1";
            args.Kind = "NetworkPolicy";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "kubernetes:extensions/v1beta1:NetworkPolicy" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static NetworkPolicy Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new NetworkPolicy(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Networking.V1
{
    public class NetworkPolicyArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("spec")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Networking.V1.NetworkPolicySpecArgs>? Spec { get; set; }

        public NetworkPolicyArgs()
        {
        }

        public static new NetworkPolicyArgs Empty => new NetworkPolicyArgs();
    }
}
