using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Meta.V1
{
    [OutputType]
    public sealed class ObjectMeta
    {
        public readonly ImmutableDictionary<string, string> Annotations;
        public readonly string ClusterName;
        public readonly string CreationTimestamp;
        public readonly int DeletionGracePeriodSeconds;
        public readonly string DeletionTimestamp;
        public readonly ImmutableArray<string> Finalizers;
        public readonly string GenerateName;
        public readonly int Generation;
        public readonly ImmutableDictionary<string, string> Labels;
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ManagedFieldsEntry> ManagedFields;
        public readonly string Name;
        public readonly string Namespace;
        public readonly ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.OwnerReference> OwnerReferences;
        public readonly string ResourceVersion;
        public readonly string SelfLink;
        public readonly string Uid;

        [OutputConstructor]
        private ObjectMeta(
            ImmutableDictionary<string, string> annotations,
            string clusterName,
            string creationTimestamp,
            int deletionGracePeriodSeconds,
            string deletionTimestamp,
            ImmutableArray<string> finalizers,
            string generateName,
            int generation,
            ImmutableDictionary<string, string> labels,
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.ManagedFieldsEntry> managedFields,
            string name,
            string @namespace,
            ImmutableArray<global::Pulumi.Kubernetes.Types.Outputs.Meta.V1.OwnerReference> ownerReferences,
            string resourceVersion,
            string selfLink,
            string uid)
        {
            Annotations = annotations;
            ClusterName = clusterName;
            CreationTimestamp = creationTimestamp;
            DeletionGracePeriodSeconds = deletionGracePeriodSeconds;
            DeletionTimestamp = deletionTimestamp;
            Finalizers = finalizers;
            GenerateName = generateName;
            Generation = generation;
            Labels = labels;
            ManagedFields = managedFields;
            Name = name;
            Namespace = @namespace;
            OwnerReferences = ownerReferences;
            ResourceVersion = resourceVersion;
            SelfLink = selfLink;
            Uid = uid;
        }
    }
}
