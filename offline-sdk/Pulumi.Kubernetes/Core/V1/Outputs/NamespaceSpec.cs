using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class NamespaceSpec
    {
        public readonly ImmutableArray<string> Finalizers;

        [OutputConstructor]
        private NamespaceSpec(ImmutableArray<string> finalizers)
        {
            Finalizers = finalizers;
        }
    }
}
