using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Core.V1
{
    /// <summary>
    /// A server-side apply patch of an existing ServiceAccount (<c>kubernetes:core/v1:ServiceAccountPatch</c>):
    /// only the fields given are managed, by a field manager of its own.
    /// </summary>
    public partial class ServiceAccountPatch : global::Pulumi.Kubernetes.KubernetesResource
    {
        [Output("apiVersion")]
        public Output<string> ApiVersion { get; private set; } = null!;

        [Output("automountServiceAccountToken")]
        public Output<bool> AutomountServiceAccountToken { get; private set; } = null!;

        [Output("kind")]
        public Output<string> Kind { get; private set; } = null!;

        [Output("metadata")]
        public Output<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ObjectMetaPatch> Metadata { get; private set; } = null!;

        public ServiceAccountPatch(string name, global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountPatchArgs? args = null, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:ServiceAccountPatch", name, MakeArgs(args), MakeResourceOptions(options, ""))
        {
        }

        private ServiceAccountPatch(string name, Input<string> id, CustomResourceOptions? options = null)
            : base("kubernetes:core/v1:ServiceAccountPatch", name, null, MakeResourceOptions(options, id))
        {
        }

        private static global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountPatchArgs? MakeArgs(global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountPatchArgs? args)
        {
            args ??= new global::Pulumi.Kubernetes.Types.Inputs.Core.V1.ServiceAccountPatchArgs();
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

        public static ServiceAccountPatch Get(string name, Input<string> id, CustomResourceOptions? options = null)
            => new ServiceAccountPatch(name, id, options);
    }
}

namespace Pulumi.Kubernetes.Types.Inputs.Core.V1
{
    public class ServiceAccountPatchArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("automountServiceAccountToken")]
        public Input<bool>? AutomountServiceAccountToken { get; set; }

        [Input("kind")]
        public Input<string>? Kind { get; set; }

        [Input("metadata")]
        public Input<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaPatchArgs>? Metadata { get; set; }

        public ServiceAccountPatchArgs()
        {
        }

        public static new ServiceAccountPatchArgs Empty => new ServiceAccountPatchArgs();
    }
}
