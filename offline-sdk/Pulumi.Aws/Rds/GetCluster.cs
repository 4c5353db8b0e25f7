// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:rds/getCluster:getCluster).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi.Aws.Rds
{
    /// <summary>Mirror of the <c>aws:rds/getCluster:getCluster</c> function.</summary>
    public static class GetCluster
    {
        public static Task<GetClusterResult> InvokeAsync(GetClusterArgs args, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetClusterResult>("aws:rds/getCluster:getCluster", args ?? new GetClusterArgs(), options.WithDefaults());

        public static Output<GetClusterResult> Invoke(GetClusterInvokeArgs args, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetClusterResult>("aws:rds/getCluster:getCluster", args ?? new GetClusterInvokeArgs(), options.WithDefaults());

        public static Output<GetClusterResult> Invoke(GetClusterInvokeArgs args, InvokeOutputOptions options)
            => global::Pulumi.Deployment.Instance.Invoke<GetClusterResult>("aws:rds/getCluster:getCluster", args ?? new GetClusterInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetClusterArgs : global::Pulumi.InvokeArgs
    {
        [Input("clusterIdentifier", required: true)]
        public string ClusterIdentifier { get; set; } = null!;

        [Input("region")]
        public string? Region { get; set; }

        [Input("tags")]
        private Dictionary<string, string>? _tags;

        public Dictionary<string, string> Tags
        {
            get => _tags ?? (_tags = new Dictionary<string, string>());
            set => _tags = value;
        }

        public GetClusterArgs()
        {
        }

        public static new GetClusterArgs Empty => new GetClusterArgs();
    }

    public sealed class GetClusterInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("clusterIdentifier", required: true)]
        public Input<string> ClusterIdentifier { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public GetClusterInvokeArgs()
        {
        }

        public static new GetClusterInvokeArgs Empty => new GetClusterInvokeArgs();
    }

    [OutputType]
    public sealed class GetClusterResult
    {
        public readonly string Arn;
        public readonly string ClusterIdentifier;
        public readonly string Id;
        public readonly string Region;
        public readonly ImmutableDictionary<string, string> Tags;

        [OutputConstructor]
        private GetClusterResult(
            string arn,
            string clusterIdentifier,
            string id,
            string region,
            ImmutableDictionary<string, string> tags)
        {
            Arn = arn;
            ClusterIdentifier = clusterIdentifier;
            Id = id;
            Region = region;
            Tags = tags;
        }
    }
}
