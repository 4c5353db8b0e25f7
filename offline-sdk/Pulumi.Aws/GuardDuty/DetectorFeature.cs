// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:guardduty/detectorFeature:DetectorFeature).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.GuardDuty
{
    /// <summary>Mirror of <c>aws:guardduty/detectorFeature:DetectorFeature</c>.</summary>
    [AwsResourceType("aws:guardduty/detectorFeature:DetectorFeature")]
    public partial class DetectorFeature : global::Pulumi.CustomResource
    {
        [Output("additionalConfigurations")]
        public Output<ImmutableArray<Outputs.DetectorFeatureAdditionalConfiguration>> AdditionalConfigurations { get; private set; } = null!;

        [Output("detectorId")]
        public Output<string> DetectorId { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("status")]
        public Output<string> Status { get; private set; } = null!;

        public DetectorFeature(string name, DetectorFeatureArgs args, CustomResourceOptions? options = null)
            : base("aws:guardduty/detectorFeature:DetectorFeature", name, args ?? new DetectorFeatureArgs(), MakeResourceOptions(options, ""))
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

    public sealed class DetectorFeatureArgs : global::Pulumi.ResourceArgs
    {
        [Input("additionalConfigurations")]
        private InputList<Inputs.DetectorFeatureAdditionalConfigurationArgs>? _additionalConfigurations;

        public InputList<Inputs.DetectorFeatureAdditionalConfigurationArgs> AdditionalConfigurations
        {
            get => _additionalConfigurations ?? (_additionalConfigurations = new InputList<Inputs.DetectorFeatureAdditionalConfigurationArgs>());
            set => _additionalConfigurations = value;
        }

        [Input("detectorId", required: true)]
        public Input<string> DetectorId { get; set; } = null!;

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("status", required: true)]
        public Input<string> Status { get; set; } = null!;

        public DetectorFeatureArgs()
        {
        }

        public static new DetectorFeatureArgs Empty => new DetectorFeatureArgs();
    }
}
