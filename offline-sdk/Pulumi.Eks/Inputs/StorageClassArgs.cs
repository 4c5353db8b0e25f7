namespace Pulumi.Eks.Inputs
{
    /// <summary>A Kubernetes StorageClass to create in the cluster.</summary>
    public sealed class StorageClassArgs : global::Pulumi.ResourceArgs
    {
        [Input("allowVolumeExpansion")]
        public Input<bool>? AllowVolumeExpansion { get; set; }

        [Input("default")]
        public Input<bool>? Default { get; set; }

        [Input("encrypted")]
        public Input<bool>? Encrypted { get; set; }

        [Input("iopsPerGb")]
        public Input<int>? IopsPerGb { get; set; }

        [Input("kmsKeyId")]
        public Input<string>? KmsKeyId { get; set; }

        [Input("metadata")]
        public Input<Pulumi.Kubernetes.Types.Inputs.Meta.V1.ObjectMetaArgs>? Metadata { get; set; }

        [Input("mountOptions")]
        private InputList<string>? _mountOptions;
        public InputList<string> MountOptions
        {
            get => _mountOptions ?? (_mountOptions = new InputList<string>());
            set => _mountOptions = value;
        }

        [Input("reclaimPolicy")]
        public Input<string>? ReclaimPolicy { get; set; }

        [Input("type", required: true)]
        public Input<string> Type { get; set; } = null!;

        [Input("volumeBindingMode")]
        public Input<string>? VolumeBindingMode { get; set; }

        [Input("zones")]
        private InputList<string>? _zones;
        public InputList<string> Zones
        {
            get => _zones ?? (_zones = new InputList<string>());
            set => _zones = value;
        }

        public StorageClassArgs()
        {
        }

        public static new StorageClassArgs Empty => new StorageClassArgs();
    }
}
