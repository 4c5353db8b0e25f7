using System.Collections.Immutable;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    private static IEnumerable<KeyValuePair<string, Shape>> ClusterShapes() => new Dictionary<string, Shape>
    {
    };
}
