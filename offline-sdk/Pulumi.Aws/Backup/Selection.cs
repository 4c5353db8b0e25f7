// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:backup/selection:Selection).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Backup
{
    /// <summary>Mirror of <c>aws:backup/selection:Selection</c> (resources chosen by ARN; tag conditions are not mirrored).</summary>
    [AwsResourceType("aws:backup/selection:Selection")]
    public partial class Selection : global::Pulumi.CustomResource
    {
        [Output("iamRoleArn")]
        public Output<string> IamRoleArn { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("notResources")]
        public Output<ImmutableArray<string>> NotResources { get; private set; } = null!;

        [Output("planId")]
        public Output<string> PlanId { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        public Selection(string name, SelectionArgs args, CustomResourceOptions? options = null)
            : base("aws:backup/selection:Selection", name, args ?? new SelectionArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class SelectionArgs : global::Pulumi.ResourceArgs
    {
        [Input("iamRoleArn", required: true)]
        public Input<string> IamRoleArn { get; set; } = null!;

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("notResources")]
        private InputList<string>? _notResources;
        public InputList<string> NotResources
        {
            get => _notResources ?? (_notResources = new InputList<string>());
            set => _notResources = value;
        }

        [Input("planId", required: true)]
        public Input<string> PlanId { get; set; } = null!;

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("resources")]
        private InputList<string>? _resources;
        public InputList<string> Resources
        {
            get => _resources ?? (_resources = new InputList<string>());
            set => _resources = value;
        }

        public SelectionArgs()
        {
        }

        public static new SelectionArgs Empty => new SelectionArgs();
    }
}
