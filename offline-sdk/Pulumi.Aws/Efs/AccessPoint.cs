using System.Collections.Immutable;

namespace Pulumi.Aws.Efs
{
    /// <summary>An EFS access point (<c>aws:efs/accessPoint:AccessPoint</c>).</summary>
    [AwsResourceType("aws:efs/accessPoint:AccessPoint")]
    public partial class AccessPoint : global::Pulumi.CustomResource
    {
        [Output("arn")]
        public Output<string> Arn { get; private set; } = null!;

        [Output("fileSystemArn")]
        public Output<string> FileSystemArn { get; private set; } = null!;

        [Output("fileSystemId")]
        public Output<string> FileSystemId { get; private set; } = null!;

        [Output("ownerId")]
        public Output<string> OwnerId { get; private set; } = null!;

        [Output("posixUser")]
        public Output<Outputs.AccessPointPosixUser?> PosixUser { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("rootDirectory")]
        public Output<Outputs.AccessPointRootDirectory> RootDirectory { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("tagsAll")]
        public Output<ImmutableDictionary<string, string>> TagsAll { get; private set; } = null!;

        public AccessPoint(string name, AccessPointArgs args, CustomResourceOptions? options = null)
            : base("aws:efs/accessPoint:AccessPoint", name, args ?? new AccessPointArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions();
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class AccessPointArgs : global::Pulumi.ResourceArgs
    {
        [Input("fileSystemId", required: true)]
        public Input<string> FileSystemId { get; set; } = null!;

        [Input("posixUser")]
        public Input<Inputs.AccessPointPosixUserArgs>? PosixUser { get; set; }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("rootDirectory")]
        public Input<Inputs.AccessPointRootDirectoryArgs>? RootDirectory { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;
        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public AccessPointArgs()
        {
        }
        public static new AccessPointArgs Empty => new AccessPointArgs();
    }
}
