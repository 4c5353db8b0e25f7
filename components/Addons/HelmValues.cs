using System.Collections.Immutable;
using Numinia.Components.Iam;
using Pulumi;

namespace Numinia.Components.Addons;

/// <summary>
/// Builders of Helm values as immutable maps and lists (the provider sends them to the chart as JSON objects and arrays),
/// shared by every shared service's values.
/// </summary>
public static class HelmValues
{
    /// <summary>A map of values.</summary>
    public static ImmutableDictionary<string, object> Map(params (string Key, object Value)[] entries)
        => entries.ToImmutableDictionary(e => e.Key, e => e.Value);

    /// <summary>A list of values.</summary>
    public static ImmutableArray<object> List(params object[] items) => items.ToImmutableArray();

    /// <summary>A service account's annotations that give its pods the IRSA role <paramref name="roleArn"/>.</summary>
    public static ImmutableDictionary<string, object> RoleArnAnnotation(Input<string> roleArn)
        => Map((IrsaRole.ServiceAccountAnnotation, roleArn));
}
