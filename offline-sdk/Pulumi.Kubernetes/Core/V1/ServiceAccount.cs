using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Core.V1
{
    public partial class ServiceAccount : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("automountServiceAccountToken")]
        public Output<bool> AutomountServiceAccountToken { get; private set; } = null!;

        [Output("imagePullSecrets")]
        public Output<ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.LocalObjectReference>> ImagePullSecrets { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("secrets")]
        public Output<ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.ObjectReference>> Secrets { get; private set; } = null!;

        public ServiceAccount(string name, global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:ServiceAccount", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private ServiceAccount(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:ServiceAccount", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountArgs();
            args.ApiVersion = "v1";
            args.Kind = "ServiceAccount";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static ServiceAccount Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new ServiceAccount(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ServiceAccountArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("automountServiceAccountToken")]
        public Input<bool>? AutomountServiceAccountToken { get; set; }

        [Input("imagePullSecrets")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs>? _imagePullSecrets;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs> ImagePullSecrets
        {
            get => _imagePullSecrets ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.LocalObjectReferenceArgs>();
            set => _imagePullSecrets = value;
        }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("secrets")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ObjectReferenceArgs>? _secrets;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ObjectReferenceArgs> Secrets
        {
            get => _secrets ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ObjectReferenceArgs>();
            set => _secrets = value;
        }

        public ServiceAccountArgs()
        {
        }

        public static new ServiceAccountArgs Empty => new ServiceAccountArgs();
    }
}
