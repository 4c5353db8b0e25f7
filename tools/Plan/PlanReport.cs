#if PULUMI_OFFLINE
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pulumi.Offline;

namespace Numinia.Infra.Plan;

/// <summary>Renders a plan for people (a tree like <c>pulumi preview</c>'s) and for tools (JSON).</summary>
public static class PlanReport
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the resource tree, the counts by type and the stack outputs.</summary>
    public static void WriteTree(PlanResult plan, TextWriter output)
    {
        var children = plan.Resources.Where(r => r.ParentUrn != null).ToLookup(r => r.ParentUrn!);
        output.WriteLine($"Previewing {plan.Project}/{plan.Stack} (offline, under plan mocks):");
        output.WriteLine();
        output.WriteLine($"     {"Type",-60} {"Name",-50} Plan");
        foreach (var root in plan.Resources.Where(r => r.ParentUrn == null))
        {
            Write(root, 0);
        }

        void Write(ResourceRegistration resource, int depth)
        {
            var marker = resource.Options.Protect ? "🔒" : " ";
            var type = new string(' ', depth * 2) + (depth == 0 ? "" : "└─ ") + resource.Type;
            // As pulumi preview marks them: '=' and the id to import, '+' a resource to create.
            output.WriteLine(resource.Options.ImportId is { } importId
                ? $" = {marker} {type,-60} {resource.Name,-50} import [id={importId}]"
                : $" + {marker} {type,-60} {resource.Name}".TrimEnd());
            foreach (var child in children[resource.Urn])
            {
                Write(child, depth + 1);
            }
        }

        output.WriteLine();
        output.WriteLine("Resources by type:");
        foreach (var group in plan.Resources.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"    {group.Count(),5}  {group.Key}");
        }

        var imports = plan.Resources.Count(r => r.Options.ImportId is not null);
        output.WriteLine($"    {plan.Resources.Length - imports,5}  to create");
        output.WriteLine($"    {imports,5}  to import");
        output.WriteLine();
        output.WriteLine("Outputs:");
        foreach (var (key, value) in plan.Outputs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"    {key}: {ToJsonNode(value)?.ToJsonString()}");
        }
    }

    /// <summary>
    /// The full plan as JSON: each resource's identity, graph, options, inputs and outputs, plus the report
    /// <paramref name="sections"/> (e.g. <c>cost</c>, <c>criticalPath</c>) when given.
    /// </summary>
    public static string ToJson(PlanResult plan, IReadOnlyDictionary<string, JsonNode?>? sections = null)
    {
        var resources = new JsonArray();
        foreach (var r in plan.Resources)
        {
            resources.Add(new JsonObject
            {
                ["urn"] = r.Urn,
                ["type"] = r.Type,
                ["name"] = r.Name,
                ["custom"] = r.Custom,
                ["parent"] = r.ParentUrn,
                ["provider"] = r.ProviderUrn,
                ["dependencies"] = new JsonArray(r.EngineDependencyUrns.Select(u => (JsonNode?)JsonValue.Create(u)).ToArray()),
                ["options"] = new JsonObject
                {
                    ["protect"] = r.Options.Protect,
                    ["import"] = r.Options.ImportId,
                    ["retainOnDelete"] = r.Options.RetainOnDelete,
                    ["deleteBeforeReplace"] = r.Options.DeleteBeforeReplace,
                    ["ignoreChanges"] = new JsonArray(r.Options.IgnoreChanges.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
                    ["replaceOnChanges"] = new JsonArray(r.Options.ReplaceOnChanges.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
                    ["additionalSecretOutputs"] = new JsonArray(r.Options.AdditionalSecretOutputs.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
                    ["aliases"] = new JsonArray(r.Options.Aliases.Select(c => (JsonNode?)JsonValue.Create(c)).ToArray()),
                    // How many transforms the engine is given to run on the resource and its children; the plan does
                    // not run them (nor do Pulumi's mocks), so inputs show the program's values before them.
                    ["resourceTransforms"] = r.Options.ResourceTransforms.Length,
                },
                ["id"] = r.Id,
                ["inputs"] = ToJsonNode(r.Inputs),
                ["outputs"] = ToJsonNode(r.Outputs),
            });
        }

        var root = new JsonObject
        {
            ["project"] = plan.Project,
            ["stack"] = plan.Stack,
            ["resourceCount"] = plan.Resources.Length,
            ["resources"] = resources,
            ["outputs"] = ToJsonNode(plan.Outputs),
        };
        foreach (var (key, section) in sections ?? ImmutableDictionary<string, JsonNode?>.Empty)
        {
            root[key] = section;
        }

        return root.ToJsonString(s_json);
    }

    /// <summary>A serialized value as JSON, secrets as "[secret]" and unknowns as "[unknown]", keys sorted.</summary>
    public static JsonNode? ToJsonNode(object? value) => value switch
    {
        null => null,
        SecretValue => JsonValue.Create("[secret]"),
        UnknownValue => JsonValue.Create("[unknown]"),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d => d % 1 == 0 && Math.Abs(d) < 1e15 ? JsonValue.Create((long)d) : JsonValue.Create(d),
        ImmutableDictionary<string, object?> map => new JsonObject(map.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, ToJsonNode(p.Value)))),
        ImmutableArray<object?> list => new JsonArray(list.Select(ToJsonNode).ToArray()),
        _ => JsonValue.Create(value.ToString()),
    };
}
#endif
