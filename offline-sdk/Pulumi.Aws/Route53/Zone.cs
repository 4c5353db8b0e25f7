// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:route53/zone:Zone).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Route53
{
    /// <summary>Mirror of <c>aws:route53/zone:Zone</c>.</summary>
    [AwsResourceType("aws:route53/zone:Zone")]
    public partial class Zone : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("comment")]
        public Output<string> Comment { get; private set; } = null!;

        [Output("delegationSetId")]
        public Output<string?> DelegationSetId { get; private set; } = null!;

        [Output("forceDestroy")]
        public Output<bool?> ForceDestroy { get; private set; } = null!;

        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("nameServers")]
        public Output<ImmutableArray<string>> NameServers { get; private set; } = null!;

        [Output("primaryNameServer")]
        public Output<string> PrimaryNameServer { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("vpcs")]
        public Output<ImmutableArray<Outputs.ZoneVpc>> Vpcs { get; private set; } = null!;

        [Output("zoneId")]
        public Output<string> ZoneId { get; private set; } = null!;

        public Zone(string name, ZoneArgs? args = null, CustomResourceOptions? options = null)
            : base("aws:route53/zone:Zone", name, args ?? new ZoneArgs(), MakeResourceOptions(options, ""))
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

    public sealed class ZoneArgs : global::Pulumi.ResourceArgs
    {
        [Input("comment")]
        public Input<string>? Comment { get; set; }

        [Input("delegationSetId")]
        public Input<string>? DelegationSetId { get; set; }

        [Input("forceDestroy")]
        public Input<bool>? ForceDestroy { get; set; }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("vpcs")]
        private InputList<Inputs.ZoneVpcArgs>? _vpcs;

        public InputList<Inputs.ZoneVpcArgs> Vpcs
        {
            get => _vpcs ?? (_vpcs = new InputList<Inputs.ZoneVpcArgs>());
            set => _vpcs = value;
        }

        public ZoneArgs()
        {
            Comment = "Managed by Pulumi";
        }

        public static new ZoneArgs Empty => new ZoneArgs();
    }
}
