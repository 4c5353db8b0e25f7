using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Core.V1
{
    public partial class Secret : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("data")]
        public Output<ImmutableDictionary<string, string>> Data { get; private set; } = null!;

        [Output("immutable")]
        public Output<bool> Immutable { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMeta> Metadata { get; private set; } = null!;

        [Output("stringData")]
        public Output<ImmutableDictionary<string, string>> StringData { get; private set; } = null!;

        [Output("type")]
        public Output<string> Type { get; private set; } = null!;

        public Secret(string name, global::Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:Secret", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private Secret(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:Secret", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Core.V1.SecretArgs();
            args.ApiVersion = "v1";
            args.Kind = "Secret";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                AdditionalSecretOutputs =
                {
                    "data",
                    "stringData",
                },
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static Secret Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new Secret(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class SecretArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("data")]
        private InputMap<string>? _data;

        public InputMap<string> Data
        {
            get => _data ??= new InputMap<string>();
            set
            {
                // Mark the value secret by combining it with an empty secret map.
                var secretMarker = global::Pulumi.Output.CreateSecret(ImmutableDictionary.Create<string, string>());
                _data = global::Pulumi.Output.All(value, secretMarker).Apply(values => values[0]);
            }
        }

        [Input("immutable")]
        public Input<bool>? Immutable { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("stringData")]
        private InputMap<string>? _stringData;

        public InputMap<string> StringData
        {
            get => _stringData ??= new InputMap<string>();
            set
            {
                // Mark the value secret by combining it with an empty secret map.
                var secretMarker = global::Pulumi.Output.CreateSecret(ImmutableDictionary.Create<string, string>());
                _stringData = global::Pulumi.Output.All(value, secretMarker).Apply(values => values[0]);
            }
        }

        [Input("type")]
        public Input<string>? Type { get; set; }

        public SecretArgs()
        {
        }

        public static new SecretArgs Empty => new SecretArgs();
    }
}
