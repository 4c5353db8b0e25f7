using System.Collections.Immutable;
using System.Text.Json;

namespace Pulumi
{
    /// <summary>A file, text or archive given to a resource. Offline it serializes as a map naming its kind and source.</summary>
    public abstract class AssetOrArchive
    {
        private protected AssetOrArchive(string kind, object value)
        {
            Kind = kind;
            Value = value;
        }

        internal string Kind { get; }
        internal object Value { get; }
    }

    /// <summary>A single blob.</summary>
    public abstract class Asset : AssetOrArchive
    {
        private protected Asset(string kind, string value) : base(kind, value)
        {
        }
    }

    /// <summary>An asset read from a file.</summary>
    public sealed class FileAsset : Asset
    {
        public FileAsset(string path) : base("path", path)
        {
        }
    }

    /// <summary>An asset of inline text.</summary>
    public sealed class StringAsset : Asset
    {
        public StringAsset(string text) : base("text", text)
        {
        }
    }

    /// <summary>An asset fetched from a URI.</summary>
    public sealed class RemoteAsset : Asset
    {
        public RemoteAsset(string uri) : base("uri", uri)
        {
        }
    }

    /// <summary>A collection of assets.</summary>
    public abstract class Archive : AssetOrArchive
    {
        private protected Archive(string kind, object value) : base(kind, value)
        {
        }
    }

    /// <summary>An archive built from named assets and archives.</summary>
    public sealed class AssetArchive : Archive
    {
        public AssetArchive(IDictionary<string, AssetOrArchive> assets) : base("assets", assets.ToImmutableDictionary())
        {
        }
    }

    /// <summary>An archive read from a file or folder.</summary>
    public sealed class FileArchive : Archive
    {
        public FileArchive(string path) : base("path", path)
        {
        }
    }

    /// <summary>An archive fetched from a URI.</summary>
    public sealed class RemoteArchive : Archive
    {
        public RemoteArchive(string uri) : base("uri", uri)
        {
        }
    }

    /// <summary>An input holding arbitrary JSON.</summary>
    public sealed class InputJson : Input<JsonElement>
    {
        public InputJson() : this(Output.Create(default(JsonElement)))
        {
        }

        private InputJson(Output<JsonElement> output) : base(output)
        {
        }

        public static implicit operator InputJson(string json) => Parse(Output.Create(json));

        public static implicit operator InputJson(JsonDocument document) => new(Output.Create(document.RootElement.Clone()));

        public static implicit operator InputJson(JsonElement element) => new(Output.Create(element));

        public static implicit operator InputJson(Output<string> json) => Parse(json);

        public static implicit operator InputJson(Output<JsonDocument> document) => new(document.Apply(d => d.RootElement.Clone()));

        public static implicit operator InputJson(Output<JsonElement> element) => new(element);

        private static InputJson Parse(Output<string> json) => new(json.Apply(s =>
        {
            using var document = JsonDocument.Parse(s);
            return document.RootElement.Clone();
        }));
    }
}
