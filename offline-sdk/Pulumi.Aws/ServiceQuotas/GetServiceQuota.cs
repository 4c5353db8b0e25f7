// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:servicequotas/getServiceQuota:getServiceQuota).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi.Aws.ServiceQuotas
{
    /// <summary>Mirror of the <c>aws:servicequotas/getServiceQuota:getServiceQuota</c> function.</summary>
    public static class GetServiceQuota
    {
        public static Task<GetServiceQuotaResult> InvokeAsync(GetServiceQuotaArgs args, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetServiceQuotaResult>("aws:servicequotas/getServiceQuota:getServiceQuota", args ?? new GetServiceQuotaArgs(), options.WithDefaults());

        public static Output<GetServiceQuotaResult> Invoke(GetServiceQuotaInvokeArgs args, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetServiceQuotaResult>("aws:servicequotas/getServiceQuota:getServiceQuota", args ?? new GetServiceQuotaInvokeArgs(), options.WithDefaults());

        public static Output<GetServiceQuotaResult> Invoke(GetServiceQuotaInvokeArgs args, InvokeOutputOptions options)
            => global::Pulumi.Deployment.Instance.Invoke<GetServiceQuotaResult>("aws:servicequotas/getServiceQuota:getServiceQuota", args ?? new GetServiceQuotaInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetServiceQuotaArgs : global::Pulumi.InvokeArgs
    {
        [Input("quotaCode")]
        public string? QuotaCode { get; set; }

        [Input("quotaName")]
        public string? QuotaName { get; set; }

        [Input("region")]
        public string? Region { get; set; }

        [Input("serviceCode", required: true)]
        public string ServiceCode { get; set; } = null!;

        public GetServiceQuotaArgs()
        {
        }

        public static new GetServiceQuotaArgs Empty => new GetServiceQuotaArgs();
    }

    public sealed class GetServiceQuotaInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("quotaCode")]
        public Input<string>? QuotaCode { get; set; }

        [Input("quotaName")]
        public Input<string>? QuotaName { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("serviceCode", required: true)]
        public Input<string> ServiceCode { get; set; } = null!;

        public GetServiceQuotaInvokeArgs()
        {
        }

        public static new GetServiceQuotaInvokeArgs Empty => new GetServiceQuotaInvokeArgs();
    }

    [OutputType]
    public sealed class GetServiceQuotaResult
    {
        public readonly bool Adjustable;
        public readonly string Arn;
        public readonly double DefaultValue;
        public readonly bool GlobalQuota;
        public readonly string Id;
        public readonly string QuotaCode;
        public readonly string QuotaName;
        public readonly string Region;
        public readonly string ServiceCode;
        public readonly string ServiceName;
        public readonly double Value;

        [OutputConstructor]
        private GetServiceQuotaResult(
            bool adjustable,
            string arn,
            double defaultValue,
            bool globalQuota,
            string id,
            string quotaCode,
            string quotaName,
            string region,
            string serviceCode,
            string serviceName,
            double value)
        {
            Adjustable = adjustable;
            Arn = arn;
            DefaultValue = defaultValue;
            GlobalQuota = globalQuota;
            Id = id;
            QuotaCode = quotaCode;
            QuotaName = quotaName;
            Region = region;
            ServiceCode = serviceCode;
            ServiceName = serviceName;
            Value = value;
        }
    }
}
