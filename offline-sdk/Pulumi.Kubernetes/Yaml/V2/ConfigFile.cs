using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Yaml.V2
{
    /// <summary>
    /// The kubernetes:yaml/v2:ConfigFile multi-language component: the objects of one YAML manifest, read from a
    /// path or a URL by the provider. Offline it is one remote component, as under Pulumi's mock engine.
    /// </summary>
    public partial class ConfigFile : global::Pulumi.ComponentResource
    {
        [Output("resources")]
        public Output<ImmutableArray<object>> Resources { get; private set; } = null!;

        public ConfigFile(string name, global::Pulumi.Kubernetes.Types.Inputs.Yaml.V2.ConfigFileArgs? args = null, ComponentResourceOptions? options = null)
            : base("kubernetes:yaml/v2:ConfigFile", name, args ?? new global::Pulumi.Kubernetes.Types.Inputs.Yaml.V2.ConfigFileArgs(), MakeResourceOptions(options, ""), remote: true)
        {
        }

        private static ComponentResourceOptions MakeResourceOptions(ComponentResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new ComponentResourceOptions();
            var merged = ComponentResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Yaml.V2
{
    public class ConfigFileArgs : global::Pulumi.ResourceArgs
    {
        [Input("file", required: true)]
        public Input<string> File { get; set; } = null!;

        [Input("resourcePrefix")]
        public Input<string>? ResourcePrefix { get; set; }

        [Input("skipAwait")]
        public Input<bool>? SkipAwait { get; set; }

        public ConfigFileArgs()
        {
        }

        public static new ConfigFileArgs Empty => new ConfigFileArgs();
    }
}
