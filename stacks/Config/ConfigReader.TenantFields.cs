using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Numinia.Components.Common;
using Numinia.Components.Kubernetes;
using Numinia.Components.Tenants;

namespace Numinia.Stacks.Config;

// The typed fields of an organization entry: quotas, container defaults, quantities, counts, strings and
// lists, each reporting a problem at its key's path when the JSON value has the wrong shape.
public sealed partial class ConfigReader
{
    private NamespaceQuota TenantQuota(JsonElement owner, string path, NamespaceQuota basis)
    {
        if (TenantObject(owner, path, "quota") is not { } quota)
        {
            return basis;
        }

        var quotaPath = $"{path}.quota";
        TenantUnknownFields(quota, quotaPath, s_quotaFields, "a quota");
        var gpus = TenantCount(quota, quotaPath, "gpus");
        return basis with
        {
            RequestsCpu = TenantQuantity(quota, quotaPath, "requestsCpu") ?? basis.RequestsCpu,
            RequestsMemory = TenantQuantity(quota, quotaPath, "requestsMemory") ?? basis.RequestsMemory,
            LimitsCpu = TenantQuantity(quota, quotaPath, "limitsCpu") ?? basis.LimitsCpu,
            LimitsMemory = TenantQuantity(quota, quotaPath, "limitsMemory") ?? basis.LimitsMemory,
            RequestsStorage = TenantQuantity(quota, quotaPath, "requestsStorage") ?? basis.RequestsStorage,
            Pods = TenantCount(quota, quotaPath, "pods") ?? basis.Pods,
            PersistentVolumeClaims = TenantCount(quota, quotaPath, "persistentVolumeClaims") ?? basis.PersistentVolumeClaims,
            Extra = gpus is { } count
                ? basis.Extra.SetItem(OrganizationSpec.GpuQuotaKey, count.ToString(CultureInfo.InvariantCulture))
                : basis.Extra,
        };
    }

    private ContainerResources TenantContainers(JsonElement owner, string path, ContainerResources basis)
    {
        if (TenantObject(owner, path, "containerDefaults") is not { } defaults)
        {
            return basis;
        }

        var defaultsPath = $"{path}.containerDefaults";
        TenantUnknownFields(defaults, defaultsPath, s_containerFields, "container defaults");
        return new ContainerResources(
            TenantQuantity(defaults, defaultsPath, "requestCpu") ?? basis.RequestCpu,
            TenantQuantity(defaults, defaultsPath, "requestMemory") ?? basis.RequestMemory,
            TenantQuantity(defaults, defaultsPath, "limitCpu") ?? basis.LimitCpu,
            TenantQuantity(defaults, defaultsPath, "limitMemory") ?? basis.LimitMemory);
    }

    private string? TenantQuantity(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return null;
        }

        // YAML numbers (cpu: 4) arrive as JSON numbers.
        var text = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.GetRawText(),
            _ => null,
        };
        if (text is not null && IsPadded(text))
        {
            Problem($"{path}.{field}", text, PaddedRule);
            return null;
        }

        if (!Quantity.TryParse(text, out _, out var error))
        {
            Problem($"{path}.{field}", text ?? TenantExcerpt(element.GetRawText()), error);
            return null;
        }

        return text;
    }

    private int? TenantCount(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var count) || count < 0)
        {
            Problem($"{path}.{field}", TenantExcerpt(element.GetRawText()), "is not a whole number of at least 0");
            return null;
        }

        return count;
    }

    private JsonElement? TenantObject(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem($"{path}.{field}", TenantExcerpt(element.GetRawText()), "is not an object");
            return null;
        }

        return element;
    }

    private bool TenantFlag(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return false;
        }

        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem($"{path}.{field}", TenantExcerpt(element.GetRawText()), "is not true or false");
            return false;
        }

        return element.GetBoolean();
    }

    private string? TenantString(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Problem($"{path}.{field}", TenantExcerpt(element.GetRawText()), "is not a string");
            return null;
        }

        var value = element.GetString()!;
        if (string.IsNullOrWhiteSpace(value))
        {
            Problem($"{path}.{field}", value, "is empty");
            return null;
        }

        if (IsPadded(value))
        {
            Problem($"{path}.{field}", value, PaddedRule);
            return value.Trim();
        }

        return value;
    }

    private ImmutableArray<string> TenantStrings(JsonElement owner, string path, string field)
    {
        if (!owner.TryGetProperty(field, out var element))
        {
            return ImmutableArray<string>.Empty;
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            Problem($"{path}.{field}", TenantExcerpt(element.GetRawText()), "is not a list of strings");
            return ImmutableArray<string>.Empty;
        }

        var items = ImmutableArray.CreateBuilder<string>(element.GetArrayLength());
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && IsPadded(item.GetString()!))
            {
                Problem($"{path}.{field}[{index}]", item.GetString(), PaddedRule);
                items.Add(item.GetString()!.Trim());
            }
            else if (item.ValueKind == JsonValueKind.String)
            {
                items.Add(item.GetString()!);
            }
            else
            {
                Problem($"{path}.{field}[{index}]", TenantExcerpt(item.GetRawText()), "is not a string");
            }

            index++;
        }

        return items.ToImmutable();
    }

    private void TenantUnknownFields(JsonElement element, string path, ImmutableArray<string> fields, string what)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!fields.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem($"{path}.{property.Name}", TenantExcerpt(property.Value.GetRawText()),
                    $"is not a field of {what} (expected {string.Join(", ", fields)})");
            }
        }
    }

    private static string TenantExcerpt(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
