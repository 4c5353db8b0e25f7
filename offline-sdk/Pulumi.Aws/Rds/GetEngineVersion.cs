// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:rds/getEngineVersion:getEngineVersion).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi.Aws.Rds
{
    /// <summary>Mirror of the <c>aws:rds/getEngineVersion:getEngineVersion</c> function.</summary>
    public static class GetEngineVersion
    {
        public static Task<GetEngineVersionResult> InvokeAsync(GetEngineVersionArgs args, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.InvokeAsync<GetEngineVersionResult>("aws:rds/getEngineVersion:getEngineVersion", args ?? new GetEngineVersionArgs(), options.WithDefaults());

        public static Output<GetEngineVersionResult> Invoke(GetEngineVersionInvokeArgs args, InvokeOptions? options = null)
            => global::Pulumi.Deployment.Instance.Invoke<GetEngineVersionResult>("aws:rds/getEngineVersion:getEngineVersion", args ?? new GetEngineVersionInvokeArgs(), options.WithDefaults());

        public static Output<GetEngineVersionResult> Invoke(GetEngineVersionInvokeArgs args, InvokeOutputOptions options)
            => global::Pulumi.Deployment.Instance.Invoke<GetEngineVersionResult>("aws:rds/getEngineVersion:getEngineVersion", args ?? new GetEngineVersionInvokeArgs(), options.WithDefaults());
    }

    public sealed class GetEngineVersionArgs : global::Pulumi.InvokeArgs
    {
        [Input("defaultOnly")]
        public bool? DefaultOnly { get; set; }

        [Input("engine", required: true)]
        public string Engine { get; set; } = null!;

        [Input("includeAll")]
        public bool? IncludeAll { get; set; }

        [Input("latest")]
        public bool? Latest { get; set; }

        [Input("parameterGroupFamily")]
        public string? ParameterGroupFamily { get; set; }

        [Input("preferredVersions")]
        private List<string>? _preferredVersions;

        public List<string> PreferredVersions
        {
            get => _preferredVersions ?? (_preferredVersions = new List<string>());
            set => _preferredVersions = value;
        }

        [Input("region")]
        public string? Region { get; set; }

        [Input("version")]
        public string? Version { get; set; }

        public GetEngineVersionArgs()
        {
        }

        public static new GetEngineVersionArgs Empty => new GetEngineVersionArgs();
    }

    public sealed class GetEngineVersionInvokeArgs : global::Pulumi.InvokeArgs
    {
        [Input("defaultOnly")]
        public Input<bool>? DefaultOnly { get; set; }

        [Input("engine", required: true)]
        public Input<string> Engine { get; set; } = null!;

        [Input("includeAll")]
        public Input<bool>? IncludeAll { get; set; }

        [Input("latest")]
        public Input<bool>? Latest { get; set; }

        [Input("parameterGroupFamily")]
        public Input<string>? ParameterGroupFamily { get; set; }

        [Input("preferredVersions")]
        private InputList<string>? _preferredVersions;

        public InputList<string> PreferredVersions
        {
            get => _preferredVersions ?? (_preferredVersions = new InputList<string>());
            set => _preferredVersions = value;
        }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("version")]
        public Input<string>? Version { get; set; }

        public GetEngineVersionInvokeArgs()
        {
        }

        public static new GetEngineVersionInvokeArgs Empty => new GetEngineVersionInvokeArgs();
    }

    [OutputType]
    public sealed class GetEngineVersionResult
    {
        public readonly bool? DefaultOnly;
        public readonly string Engine;
        public readonly string Id;
        public readonly bool? IncludeAll;
        public readonly bool? Latest;
        public readonly string ParameterGroupFamily;
        public readonly ImmutableArray<string> PreferredVersions;
        public readonly string Region;
        public readonly string Status;
        public readonly ImmutableArray<string> ValidMajorTargets;
        public readonly ImmutableArray<string> ValidMinorTargets;
        public readonly ImmutableArray<string> ValidUpgradeTargets;
        public readonly string Version;
        public readonly string VersionActual;

        [OutputConstructor]
        private GetEngineVersionResult(
            bool? defaultOnly,
            string engine,
            string id,
            bool? includeAll,
            bool? latest,
            string parameterGroupFamily,
            ImmutableArray<string> preferredVersions,
            string region,
            string status,
            ImmutableArray<string> validMajorTargets,
            ImmutableArray<string> validMinorTargets,
            ImmutableArray<string> validUpgradeTargets,
            string version,
            string versionActual)
        {
            DefaultOnly = defaultOnly;
            Engine = engine;
            Id = id;
            IncludeAll = includeAll;
            Latest = latest;
            ParameterGroupFamily = parameterGroupFamily;
            PreferredVersions = preferredVersions;
            Region = region;
            Status = status;
            ValidMajorTargets = validMajorTargets;
            ValidMinorTargets = validMinorTargets;
            ValidUpgradeTargets = validUpgradeTargets;
            Version = version;
            VersionActual = versionActual;
        }
    }
}
