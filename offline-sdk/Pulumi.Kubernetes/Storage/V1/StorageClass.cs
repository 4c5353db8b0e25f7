using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Storage.V1
{
    public partial class StorageClass : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("allowVolumeExpansion")]
        public Output<bool> AllowVolumeExpansion { get; private set; } = null!;

        [Output("allowedTopologies")]
        public Output<ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Core.V1.TopologySelectorTerm>> AllowedTopologies { get; private set; } = null!;

        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("mountOptions")]
        public Output<ImmutableArray<string>> MountOptions { get; private set; } = null!;

        [Output("parameters")]
        public Output<ImmutableDictionary<string, string>> Parameters { get; private set; } = null!;

        [Output("provisioner")]
        public Output<string> Provisioner { get; private set; } = null!;

        [Output("reclaimPolicy")]
        public Output<string> ReclaimPolicy { get; private set; } = null!;

        [Output("volumeBindingMode")]
        public Output<string> VolumeBindingMode { get; private set; } = null!;

        public StorageClass(string name, global::Pulumi.Kubernetes.Types.Inputs.Storage.V1.StorageClassArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:storage.k8s.io/v1:StorageClass", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private StorageClass(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:storage.k8s.io/v1:StorageClass", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Storage.V1.StorageClassArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Storage.V1.StorageClassArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Storage.V1.StorageClassArgs();
            args.ApiVersion = "storage.k8s.io/v1";
            args.Kind = "StorageClass";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Aliases =
                {
                    new global::Pulumi.Alias { Type = "kubernetes:storage.k8s.io/v1beta1:StorageClass" },
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static StorageClass Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new StorageClass(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Storage.V1
{
    public class StorageClassArgs : global::Pulumi.ResourceArgs
    {
        [Input("allowVolumeExpansion")]
        public Input<bool>? AllowVolumeExpansion { get; set; }

        [Input("allowedTopologies")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.TopologySelectorTermArgs>? _allowedTopologies;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.TopologySelectorTermArgs> AllowedTopologies
        {
            get => _allowedTopologies ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Core.V1.TopologySelectorTermArgs>();
            set => _allowedTopologies = value;
        }

        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("mountOptions")]
        private InputList<string>? _mountOptions;

        public InputList<string> MountOptions
        {
            get => _mountOptions ??= new InputList<string>();
            set => _mountOptions = value;
        }

        [Input("parameters")]
        private InputMap<string>? _parameters;

        public InputMap<string> Parameters
        {
            get => _parameters ??= new InputMap<string>();
            set => _parameters = value;
        }

        [Input("provisioner", required: true)]
        public Input<string> Provisioner { get; set; } = null!;

        [Input("reclaimPolicy")]
        public Input<string>? ReclaimPolicy { get; set; }

        [Input("volumeBindingMode")]
        public Input<string>? VolumeBindingMode { get; set; }

        public StorageClassArgs()
        {
        }

        public static new StorageClassArgs Empty => new StorageClassArgs();
    }
}
