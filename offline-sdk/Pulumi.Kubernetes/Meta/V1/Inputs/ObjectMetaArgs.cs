namespace Pulumi.Kubernetes.Types.Inputs.Meta.V1
{
    public class ObjectMetaArgs : global::Pulumi.ResourceArgs
    {
        [Input("annotations")]
        private InputMap<string>? _annotations;

        public InputMap<string> Annotations
        {
            get => _annotations ??= new InputMap<string>();
            set => _annotations = value;
        }

        [Input("clusterName")]
        public Input<string>? ClusterName { get; set; }

        [Input("creationTimestamp")]
        public Input<string>? CreationTimestamp { get; set; }

        [Input("deletionGracePeriodSeconds")]
        public Input<int>? DeletionGracePeriodSeconds { get; set; }

        [Input("deletionTimestamp")]
        public Input<string>? DeletionTimestamp { get; set; }

        [Input("finalizers")]
        private InputList<string>? _finalizers;

        public InputList<string> Finalizers
        {
            get => _finalizers ??= new InputList<string>();
            set => _finalizers = value;
        }

        [Input("generateName")]
        public Input<string>? GenerateName { get; set; }

        [Input("generation")]
        public Input<int>? Generation { get; set; }

        [Input("labels")]
        private InputMap<string>? _labels;

        public InputMap<string> Labels
        {
            get => _labels ??= new InputMap<string>();
            set => _labels = value;
        }

        [Input("managedFields")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ManagedFieldsEntryArgs>? _managedFields;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ManagedFieldsEntryArgs> ManagedFields
        {
            get => _managedFields ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.ManagedFieldsEntryArgs>();
            set => _managedFields = value;
        }

        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("namespace")]
        public Input<string>? Namespace { get; set; }

        [Input("ownerReferences")]
        private InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.OwnerReferenceArgs>? _ownerReferences;

        public InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.OwnerReferenceArgs> OwnerReferences
        {
            get => _ownerReferences ??= new InputList<global::Pulumi.Kubernetes.Types.Inputs.Meta.V1.OwnerReferenceArgs>();
            set => _ownerReferences = value;
        }

        [Input("resourceVersion")]
        public Input<string>? ResourceVersion { get; set; }

        [Input("selfLink")]
        public Input<string>? SelfLink { get; set; }

        [Input("uid")]
        public Input<string>? Uid { get; set; }

        public ObjectMetaArgs()
        {
        }

        public static new ObjectMetaArgs Empty => new ObjectMetaArgs();
    }
}
