namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class LocalObjectReference
    {
        public readonly string Name;

        [OutputConstructor]
        private LocalObjectReference(string name)
        {
            Name = name;
        }
    }
}
