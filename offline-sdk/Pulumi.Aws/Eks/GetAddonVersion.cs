// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:eks/getAddonVersion:getAddonVersion).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi.Aws.Eks
{
    /// <summary>Mirror of the <c>aws:eks/getAddonVersion:getAddonVersion</c> function.</summary>
    public static class GetAddonVersion
    {
        public static Task<GetAddonVersionResult> InvokeAsync(GetAddonVersionArgs args, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetAddonVersionResult>("aws:eks/getAddonVersion:getAddonVersion", args ?? new GetAddonVersionArgs(), options.WithDefaults());

        public static Output<GetAddonVersionResult> Invoke(GetAddonVersionInvokeArgs args, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetAddonVersionResult>("aws:eks/getAddonVersion:getAddonVersion", args ?? new GetAddonVersionInvokeArgs(), options.WithDefaults());

        public static Output<GetAddonVersionResult> Invoke(GetAddonVersionInvokeArgs args, InvokeOutputOptions options)
            => global::Pulumi.Deployment.Instance.Invoke<GetAddonVersionResult>("aws:eks/getAddonVersion:getAddonVersion", args ?? new GetAddonVersionInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetAddonVersionArgs : global::Pulumi.InvokeArgs
    {
        [Input("addonName", required: true)]
        public string AddonName { get; set; } = null!;

        [Input("kubernetesVersion", required: true)]
        public string KubernetesVersion { get; set; } = null!;

        [Input("mostRecent")]
        public bool? MostRecent { get; set; }

        [Input("region")]
        public string? Region { get; set; }

        public GetAddonVersionArgs()
        {
        }

        public static new GetAddonVersionArgs Empty => new GetAddonVersionArgs();
    }

    public sealed class GetAddonVersionInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("addonName", required: true)]
        public Input<string> AddonName { get; set; } = null!;

        [Input("kubernetesVersion", required: true)]
        public Input<string> KubernetesVersion { get; set; } = null!;

        [Input("mostRecent")]
        public Input<bool>? MostRecent { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        public GetAddonVersionInvokeArgs()
        {
        }

        public static new GetAddonVersionInvokeArgs Empty => new GetAddonVersionInvokeArgs();
    }

    [OutputType]
    public sealed class GetAddonVersionResult
    {
        public readonly string AddonName;
        public readonly string Id;
        public readonly string KubernetesVersion;
        public readonly bool? MostRecent;
        public readonly string Region;
        public readonly string Version;

        [OutputConstructor]
        private GetAddonVersionResult(
            string addonName,
            string id,
            string kubernetesVersion,
            bool? mostRecent,
            string region,
            string version)
        {
            AddonName = addonName;
            Id = id;
            KubernetesVersion = kubernetesVersion;
            MostRecent = mostRecent;
            Region = region;
            Version = version;
        }
    }
}
