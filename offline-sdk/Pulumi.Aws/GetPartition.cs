// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:index/getPartition:getPartition).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi.Aws
{
    /// <summary>Mirror of the <c>aws:index/getPartition:getPartition</c> function.</summary>
    public static class GetPartition
    {
        public static Task<GetPartitionResult> InvokeAsync(GetPartitionArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetPartitionResult>("aws:index/getPartition:getPartition", args ?? new GetPartitionArgs(), options.WithDefaults());

        public static Output<GetPartitionResult> Invoke(GetPartitionInvokeArgs? args = null, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetPartitionResult>("aws:index/getPartition:getPartition", args ?? new GetPartitionInvokeArgs(), options.WithDefaults());

        public static Output<GetPartitionResult> Invoke(GetPartitionInvokeArgs args, InvokeOutputOptions options)
            => global::Pulumi.Deployment.Instance.Invoke<GetPartitionResult>("aws:index/getPartition:getPartition", args ?? new GetPartitionInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetPartitionArgs : global::Pulumi.InvokeArgs
    {
        [Input("id")]
        public string? Id { get; set; }

        public GetPartitionArgs()
        {
        }

        public static new GetPartitionArgs Empty => new GetPartitionArgs();
    }

    public sealed class GetPartitionInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("id")]
        public Input<string>? Id { get; set; }

        public GetPartitionInvokeArgs()
        {
        }

        public static new GetPartitionInvokeArgs Empty => new GetPartitionInvokeArgs();
    }

    [OutputType]
    public sealed class GetPartitionResult
    {
        public readonly string DnsSuffix;
        public readonly string Id;
        public readonly string Partition;
        public readonly string ReverseDnsPrefix;

        [OutputConstructor]
        private GetPartitionResult(
            string dnsSuffix,
            string id,
            string partition,
            string reverseDnsPrefix)
        {
            DnsSuffix = dnsSuffix;
            Id = id;
            Partition = partition;
            ReverseDnsPrefix = reverseDnsPrefix;
        }
    }
}
