using System.Collections.Immutable;

namespace Pulumi.Aws.Eks.Outputs
{
    [OutputType]
    public sealed class FargateProfileSelector
    {
        public readonly ImmutableDictionary<string, string>? Labels;
        public readonly string Namespace;

        [OutputConstructor]
        private FargateProfileSelector(
            ImmutableDictionary<string, string>? labels,
            string @namespace)
        {
            Labels = labels;
            Namespace = @namespace;
        }
    }
}
