// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:rds/getClusters:getClusters).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi.Aws.Rds
{
    /// <summary>Mirror of the <c>aws:rds/getClusters:getClusters</c> function.</summary>
    public static class GetClusters
    {
        public static Task<GetClustersResult> InvokeAsync(GetClustersArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetClustersResult>("aws:rds/getClusters:getClusters", args ?? new GetClustersArgs(), options.WithDefaults());

        public static Output<GetClustersResult> Invoke(GetClustersInvokeArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetClustersResult>("aws:rds/getClusters:getClusters", args ?? new GetClustersInvokeArgs(), options.WithDefaults());

        public static Output<GetClustersResult> Invoke(GetClustersInvokeArgs args, InvokeOutputOptions options)
            => global::Pulumi.Deployment.Instance.Invoke<GetClustersResult>("aws:rds/getClusters:getClusters", args ?? new GetClustersInvokeArgs(), options.WithDefaults());
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
        public readonly ImmutableArray<string> ClusterArns;
        public readonly ImmutableArray<string> ClusterIdentifiers;
        public readonly string Id;
        public readonly string Region;

        [OutputConstructor]
        private GetClustersResult(
            ImmutableArray<string> clusterArns,
            ImmutableArray<string> clusterIdentifiers,
            string id,
            string region)
        {
            ClusterArns = clusterArns;
            ClusterIdentifiers = clusterIdentifiers;
            Id = id;
            Region = region;
        }
    }
}
