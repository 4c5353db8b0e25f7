using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Meta.V1
{
    [OutputType]
    public sealed class ObjectMetaPatch
    {
        public readonly ImmutableDictionary<string, string> Annotations;
        public readonly ImmutableDictionary<string, string> Labels;
        public readonly string Name;
        public readonly string Namespace;
        public readonly string Uid;

        [OutputConstructor]
        private ObjectMetaPatch(
            ImmutableDictionary<string, string> annotations,
            ImmutableDictionary<string, string> labels,
            string name,
            string @namespace,
            string uid)
        {
            Annotations = annotations;
            Labels = labels;
            Name = name;
            Namespace = @namespace;
            Uid = uid;
        }
    }
}
