using System.Collections.Immutable;

namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class LimitRangeItem
    {
        public readonly ImmutableDictionary<string, string> Default;
        public readonly ImmutableDictionary<string, string> DefaultRequest;
        public readonly ImmutableDictionary<string, string> Max;
        public readonly ImmutableDictionary<string, string> MaxLimitRequestRatio;
        public readonly ImmutableDictionary<string, string> Min;
        public readonly string Type;

        [OutputConstructor]
        private LimitRangeItem(
            ImmutableDictionary<string, string> @default,
            ImmutableDictionary<string, string> defaultRequest,
            ImmutableDictionary<string, string> max,
            ImmutableDictionary<string, string> maxLimitRequestRatio,
            ImmutableDictionary<string, string> min,
            string type)
        {
            Default = @default;
            DefaultRequest = defaultRequest;
            Max = max;
            MaxLimitRequestRatio = maxLimitRequestRatio;
            Min = min;
            Type = type;
        }
    }
}
