#if PULUMI_OFFLINE
using System.Collections;
using System.Collections.Immutable;
using NUnit.Framework;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace Numinia.Infra.Tests;

/// <summary>One of the two live applications the fixture holds (../shared/LIVE.md 7.5), one pre and one pro.</summary>
public sealed record LiveApp(string Namespace, string Organization, string Environment, string Name)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name}-{Environment}";
}

/// <summary>The form of the application's objects: as the live chart 0.4.7 renders them, or after the cutover's changes.</summary>
public enum ChartForm
{
    /// <summary>The live repository's objects (clusters/prod-cluster, chart 0.4.7).</summary>
    Live,

    /// <summary>The changed objects (charts/hyperfy2-knative 0.5.0, clusters/numinia-production).</summary>
    Changed,
}

/// <summary>A Kubernetes object read from the fixture's YAML.</summary>
public sealed record KubeObject(IReadOnlyDictionary<string, object?> Body)
{
    /// <summary>apiVersion.</summary>
    public string ApiVersion => (string)Body["apiVersion"]!;

    /// <summary>The API group ("" for the core group).</summary>
    public string Group => ApiVersion.Contains('/', StringComparison.Ordinal) ? ApiVersion[..ApiVersion.IndexOf('/', StringComparison.Ordinal)] : "";

    /// <summary>The API version without its group.</summary>
    public string Version => ApiVersion[(ApiVersion.IndexOf('/', StringComparison.Ordinal) + 1)..];

    /// <summary>kind.</summary>
    public string Kind => (string)Body["kind"]!;

    /// <summary>metadata.name.</summary>
    public string Name => (string)At("metadata", "name")!;

    /// <summary>metadata.namespace, if any.</summary>
    public string? Namespace => (string?)At("metadata", "namespace");

    /// <summary>The value at a path of maps and lists.</summary>
    public object? At(params object[] path) => Harness.At(Body, path);

    /// <inheritdoc />
    public override string ToString() => $"{ApiVersion} {Kind} {Name}";
}

/// <summary>
/// Fixtures/LiveChart: <c>live/&lt;namespace&gt;/</c> holds what the live repository applies for each application (its
/// HelmRelease, its values ConfigMap and the environment's org-config Namespace and ServiceAccount) and what the live
/// chart renders from those values (<c>helm template</c> of clusters/prod-cluster/base/hyperfy2-knative at v0.4.7);
/// <c>changed/</c> holds the changed chart, the changed environment folders at the new layout and what that chart renders.
/// </summary>
public static class LiveChartFixture
{
    /// <summary>numen-games' portfolio in pre (reconciled at the live HEAD).</summary>
    public static readonly LiveApp Portfolio = new("numen-games-pre", "numen-games", "pre", "portfolio");

    /// <summary>numinia's multiplex in pro (reconciled at the live HEAD).</summary>
    public static readonly LiveApp Multiplex = new("numinia", "numinia", "pro", "multiplex");

    /// <summary>Both applications.</summary>
    public static readonly ImmutableArray<LiveApp> Apps = [Portfolio, Multiplex];

    private static string Root => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "LiveChart");

    /// <summary>The changed environment folder of an application, as the repository must hold it.</summary>
    public static string EnvironmentFolder(LiveApp app)
        => Path.Combine(Root, "changed", "clusters", "numinia-production", "organizations", app.Organization, $"{app.Environment}-kustomization");

    /// <summary>The objects the chart renders for the application (Knative Service, DomainMapping, ExternalSecret).</summary>
    public static ImmutableArray<KubeObject> Rendered(LiveApp app, ChartForm form)
        => Load(form == ChartForm.Live ? Path.Combine(Root, "live", app.Namespace, "rendered.yaml") : Path.Combine(Root, "changed", "rendered", $"{app.Namespace}.yaml"));

    /// <summary>
    /// What the environment's Flux Kustomization applies for the application: live, the org-config overlay (Namespace,
    /// ServiceAccount), the values ConfigMap and the HelmRelease; changed, the resources of the folder's kustomization.yaml.
    /// </summary>
    public static ImmutableArray<KubeObject> Applied(LiveApp app, ChartForm form)
    {
        if (form == ChartForm.Live)
        {
            var folder = Path.Combine(Root, "live", app.Namespace);
            return [.. new[] { "org-config.yaml", "configmap-values.yaml", "helmrelease.yaml" }.SelectMany(f => Load(Path.Combine(folder, f)))];
        }

        var root = EnvironmentFolder(app);
        var kustomization = Load(Path.Combine(root, "kustomization.yaml")).Single();
        return [.. ((IEnumerable)kustomization.At("resources")!).Cast<string>().SelectMany(r => Load(Path.Combine(root, r)))];
    }

    /// <summary>The single object of a kind among <paramref name="objects"/>.</summary>
    public static KubeObject Single(this ImmutableArray<KubeObject> objects, string kind) => objects.Single(o => o.Kind == kind);

    /// <summary>Every (application, form) pair, named for NUnit.</summary>
    public static IEnumerable<TestCaseData> Cases(Func<LiveApp, ChartForm, bool> passes)
        => Apps.SelectMany(app => new[] { ChartForm.Live, ChartForm.Changed }
            .Select(form => new TestCaseData(app, form, passes(app, form)).SetArgDisplayNames(app.ToString(), form.ToString())));

    /// <summary>The documents of a multi-document YAML file, as maps with string keys and lists.</summary>
    public static ImmutableArray<KubeObject> Load(string path)
    {
        var deserializer = new DeserializerBuilder().Build();
        var parser = new Parser(new StringReader(File.ReadAllText(path)));
        _ = parser.Consume<StreamStart>();
        var objects = ImmutableArray.CreateBuilder<KubeObject>();
        while (parser.Accept<DocumentStart>(out _))
        {
            if (Plain(deserializer.Deserialize<object?>(parser)) is IReadOnlyDictionary<string, object?> body)
            {
                objects.Add(new KubeObject(body));
            }
        }

        return objects.ToImmutable();
    }

    private static object? Plain(object? node) => node switch
    {
        IDictionary<object, object?> map => map.ToDictionary(e => (string)e.Key, e => Plain(e.Value)),
        IList<object?> list => list.Select(Plain).ToList(),
        _ => node,
    };
}
#endif
