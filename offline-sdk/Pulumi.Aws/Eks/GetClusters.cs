// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:eks/getClusters:getClusters).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi.Aws.Eks
{
    /// <summary>Mirror of the <c>aws:eks/getClusters:getClusters</c> function.</summary>
    public static class GetClusters
    {
        public static Task<GetClustersResult> InvokeAsync(GetClustersArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetClustersResult>("aws:eks/getClusters:getClusters", args ?? new GetClustersArgs(), options.WithDefaults());

        public static Output<GetClustersResult> Invoke(GetClustersInvokeArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetClustersResult>("aws:eks/getClusters:getClusters", args ?? new GetClustersInvokeArgs(), options.WithDefaults());

        public static Output<GetClustersResult> Invoke(GetClustersInvokeArgs args, InvokeOutputOptions options)
            => global::Pulumi.Deployment.Instance.Invoke<GetClustersResult>("aws:eks/getClusters:getClusters", args ?? new GetClustersInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetClustersArgs : global::Pulumi.InvokeArgs
    {
        [Input("region")]
        public string? Region { get; set; }

        public GetClustersArgs()
        {
        }

        public static new GetClustersArgs Empty => new GetClustersArgs();
    }

    public sealed class GetClustersInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("region")]
        public Input<string>? Region { get; set; }

        public GetClustersInvokeArgs()
        {
        }

        public static new GetClustersInvokeArgs Empty => new GetClustersInvokeArgs();
    }

    [OutputType]
    public sealed class GetClustersResult
    {
        public readonly string Id;
        public readonly ImmutableArray<string> Names;
        public readonly string Region;

        [OutputConstructor]
        private GetClustersResult(
            string id,
            ImmutableArray<string> names,
            string region)
        {
            Id = id;
            Names = names;
            Region = region;
        }
    }
}
