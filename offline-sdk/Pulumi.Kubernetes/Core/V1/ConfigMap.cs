using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Core.V1
{
    public partial class ConfigMap : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("binaryData")]
        public Output<ImmutableDictionary<string, string>> BinaryData { get; private set; } = null!;

        [Output("data")]
        public Output<ImmutableDictionary<string, string>> Data { get; private set; } = null!;

        [Output("immutable")]
        public Output<bool> Immutable { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        public ConfigMap(string name, global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:ConfigMap", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private ConfigMap(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:ConfigMap", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ConfigMapArgs();
            args.ApiVersion = "v1";
            args.Kind = "ConfigMap";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static ConfigMap Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new ConfigMap(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ConfigMapArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("binaryData")]
        private InputMap<string>? _binaryData;

        public InputMap<string> BinaryData
        {
            get => _binaryData ??= new InputMap<string>();
            set => _binaryData = value;
        }

        [Input("data")]
        private InputMap<string>? _data;

        public InputMap<string> Data
        {
            get => _data ??= new InputMap<string>();
            set => _data = value;
        }

        [Input("immutable")]
        public Input<bool>? Immutable { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        public ConfigMapArgs()
        {
        }

        public static new ConfigMapArgs Empty => new ConfigMapArgs();
    }
}
