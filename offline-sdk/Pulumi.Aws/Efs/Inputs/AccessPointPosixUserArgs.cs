namespace Pulumi.Aws.Efs.Inputs
{
    public sealed class AccessPointPosixUserArgs : global::Pulumi.ResourceArgs
    {
        [Input("gid", required: true)]
        public Input<int> Gid { get; set; } = null!;

        [Input("secondaryGids")]
        private InputList<int>? _secondaryGids;
        public InputList<int> SecondaryGids
        {
            get => _secondaryGids ?? (_secondaryGids = new InputList<int>());
            set => _secondaryGids = value;
        }

        [Input("uid", required: true)]
        public Input<int> Uid { get; set; } = null!;

        public AccessPointPosixUserArgs()
        {
        }
        public static new AccessPointPosixUserArgs Empty => new AccessPointPosixUserArgs();
    }
}
