using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Helm.V3
{
    public partial class Release : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("allowNullValues")]
        public Output<bool> AllowNullValues { get; private set; } = null!;

        [Output("atomic")]
        public Output<bool> Atomic { get; private set; } = null!;

        [Output("chart")]
        public Output<string> Chart { get; private set; } = null!;

        [Output("cleanupOnFail")]
        public Output<bool> CleanupOnFail { get; private set; } = null!;

        [Output("createNamespace")]
        public Output<bool> CreateNamespace { get; private set; } = null!;

        [Output("dependencyUpdate")]
        public Output<bool> DependencyUpdate { get; private set; } = null!;

        [Output("description")]
        public Output<string> Description { get; private set; } = null!;

        [Output("devel")]
        public Output<bool> Devel { get; private set; } = null!;

        [Output("disableCRDHooks")]
        public Output<bool> DisableCRDHooks { get; private set; } = null!;

        [Output("disableOpenapiValidation")]
        public Output<bool> DisableOpenapiValidation { get; private set; } = null!;

        [Output("disableWebhooks")]
        public Output<bool> DisableWebhooks { get; private set; } = null!;

        [Output("forceUpdate")]
        public Output<bool> ForceUpdate { get; private set; } = null!;

        [Output("keyring")]
        public Output<string> Keyring { get; private set; } = null!;

        [Output("lint")]
        public Output<bool> Lint { get; private set; } = null!;

        [Output("manifest")]
        public Output<ImmutableDictionary<string, object>> Manifest { get; private set; } = null!;

        [Output("maxHistory")]
        public Output<int> MaxHistory { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("namespace")]
        public Output<string> Namespace { get; private set; } = null!;

        [Output("postrender")]
        public Output<string> Postrender { get; private set; } = null!;

        [Output("recreatePods")]
        public Output<bool> RecreatePods { get; private set; } = null!;

        [Output("renderSubchartNotes")]
        public Output<bool> RenderSubchartNotes { get; private set; } = null!;

        [Output("replace")]
        public Output<bool> Replace { get; private set; } = null!;

        [Output("repositoryOpts")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Helm.V3.RepositoryOpts> RepositoryOpts { get; private set; } = null!;

        [Output("resetValues")]
        public Output<bool> ResetValues { get; private set; } = null!;

        [Output("resourceNames")]
        public Output<ImmutableDictionary<string, ImmutableArray<string>>> ResourceNames { get; private set; } = null!;

        [Output("reuseValues")]
        public Output<bool> ReuseValues { get; private set; } = null!;

        [Output("skipAwait")]
        public Output<bool> SkipAwait { get; private set; } = null!;

        [Output("skipCrds")]
        public Output<bool> SkipCrds { get; private set; } = null!;

        [Output("status")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Helm.V3.ReleaseStatus> Status { get; private set; } = null!;

        [Output("timeout")]
        public Output<int> Timeout { get; private set; } = null!;

        [Output("valueYamlFiles")]
        public Output<ImmutableArray<AssetOrArchive>> ValueYamlFiles { get; private set; } = null!;

        [Output("values")]
        public Output<ImmutableDictionary<string, object>> Values { get; private set; } = null!;

        [Output("verify")]
        public Output<bool> Verify { get; private set; } = null!;

        [Output("version")]
        public Output<string> Version { get; private set; } = null!;

        [Output("waitForJobs")]
        public Output<bool> WaitForJobs { get; private set; } = null!;

        public Release(string name, global::Pulumi.Kubernetes.Types.Inputs.Helm.V3.ReleaseArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:helm.sh/v3:Release", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private Release(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:helm.sh/v3:Release", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Helm.V3.ReleaseArgs MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Helm.V3.ReleaseArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Helm.V3.ReleaseArgs();
            args.Compat = "true";
            return args;
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }

        public static Release Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new Release(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Helm.V3
{
    public class ReleaseArgs : global::Pulumi.ResourceArgs
    {
        [Input("allowNullValues")]
        public Input<bool>? AllowNullValues { get; set; }

        [Input("atomic")]
        public Input<bool>? Atomic { get; set; }

        [Input("chart", required: true)]
        public Input<string> Chart { get; set; } = null!;

        [Input("cleanupOnFail")]
        public Input<bool>? CleanupOnFail { get; set; }

        [Input("compat")]
        public Input<string>? Compat { get; set; }

        [Input("createNamespace")]
        public Input<bool>? CreateNamespace { get; set; }

        [Input("dependencyUpdate")]
        public Input<bool>? DependencyUpdate { get; set; }

        [Input("description")]
        public Input<string>? Description { get; set; }

        [Input("devel")]
        public Input<bool>? Devel { get; set; }

        [Input("disableCRDHooks")]
        public Input<bool>? DisableCRDHooks { get; set; }

        [Input("disableOpenapiValidation")]
        public Input<bool>? DisableOpenapiValidation { get; set; }

        [Input("disableWebhooks")]
        public Input<bool>? DisableWebhooks { get; set; }

        [Input("forceUpdate")]
        public Input<bool>? ForceUpdate { get; set; }

        [Input("keyring")]
        public Input<string>? Keyring { get; set; }

        [Input("lint")]
        public Input<bool>? Lint { get; set; }

        [Input("manifest")]
        private InputMap<object>? _manifest;

        public InputMap<object> Manifest
        {
            get => _manifest ??= new InputMap<object>();
            set => _manifest = value;
        }

        [Input("maxHistory")]
        public Input<int>? MaxHistory { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("namespace")]
        public Input<string>? Namespace { get; set; }

        [Input("postrender")]
        public Input<string>? Postrender { get; set; }

        [Input("recreatePods")]
        public Input<bool>? RecreatePods { get; set; }

        [Input("renderSubchartNotes")]
        public Input<bool>? RenderSubchartNotes { get; set; }

        [Input("replace")]
        public Input<bool>? Replace { get; set; }

        [Input("repositoryOpts")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Helm.V3.RepositoryOptsArgs>? RepositoryOpts { get; set; }

        [Input("resetValues")]
        public Input<bool>? ResetValues { get; set; }

        [Input("resourceNames")]
        private InputMap<ImmutableArray<string>>? _resourceNames;

        public InputMap<ImmutableArray<string>> ResourceNames
        {
            get => _resourceNames ??= new InputMap<ImmutableArray<string>>();
            set => _resourceNames = value;
        }

        [Input("reuseValues")]
        public Input<bool>? ReuseValues { get; set; }

        [Input("skipAwait")]
        public Input<bool>? SkipAwait { get; set; }

        [Input("skipCrds")]
        public Input<bool>? SkipCrds { get; set; }

        [Input("timeout")]
        public Input<int>? Timeout { get; set; }

        [Input("valueYamlFiles")]
        private InputList<AssetOrArchive>? _valueYamlFiles;

        public InputList<AssetOrArchive> ValueYamlFiles
        {
            get => _valueYamlFiles ??= new InputList<AssetOrArchive>();
            set => _valueYamlFiles = value;
        }

        [Input("values")]
        private InputMap<object>? _values;

        public InputMap<object> Values
        {
            get => _values ??= new InputMap<object>();
            set => _values = value;
        }

        [Input("verify")]
        public Input<bool>? Verify { get; set; }

        [Input("version")]
        public Input<string>? Version { get; set; }

        [Input("waitForJobs")]
        public Input<bool>? WaitForJobs { get; set; }

        public ReleaseArgs()
        {
        }

        public static new ReleaseArgs Empty => new ReleaseArgs();
    }
}
