// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:iam/openIdConnectProvider:OpenIdConnectProvider).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Iam
{
    /// <summary>Mirror of <c>aws:iam/openIdConnectProvider:OpenIdConnectProvider</c>.</summary>
    [AwsResourceType("aws:iam/openIdConnectProvider:OpenIdConnectProvider")]
    public partial class OpenIdConnectProvider : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("clientIdLists")]
        public Output<ImmutableArray<string>> ClientIdLists { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        [Output("thumbprintLists")]
        public Output<ImmutableArray<string>> ThumbprintLists { get; private set; } = null!;

        [Output("url")]
        public Output<string> Url { get; private set; } = null!;

        public OpenIdConnectProvider(string name, OpenIdConnectProviderArgs args, CustomResourceOptions? options = null)
            : base("aws:iam/openIdConnectProvider:OpenIdConnectProvider", name, args ?? new OpenIdConnectProviderArgs(), MakeResourceOptions(options, ""))
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

    public sealed class OpenIdConnectProviderArgs : global::Pulumi.ResourceArgs
    {
        [Input("clientIdLists", required: true)]
        private InputList<string>? _clientIdLists;

        public InputList<string> ClientIdLists
        {
            get => _clientIdLists ?? (_clientIdLists = new InputList<string>());
            set => _clientIdLists = value;
        }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("thumbprintLists")]
        private InputList<string>? _thumbprintLists;

        public InputList<string> ThumbprintLists
        {
            get => _thumbprintLists ?? (_thumbprintLists = new InputList<string>());
            set => _thumbprintLists = value;
        }

        [Input("url", required: true)]
        public Input<string> Url { get; set; } = null!;

        public OpenIdConnectProviderArgs()
        {
        }

        public static new OpenIdConnectProviderArgs Empty => new OpenIdConnectProviderArgs();
    }
}
