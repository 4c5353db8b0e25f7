using System.Globalization;
using System.Text.Json;

namespace Pulumi
{
    /// <summary>
    /// Reads the stack's configuration, namespaced by project (or by the name given). Values come from
    /// the <c>PULUMI_CONFIG</c> environment variable (a JSON object of <c>namespace:key</c> to string),
    /// read when the deployment starts, as the language host provides it.
    /// </summary>
    public sealed class Config
    {
        private readonly string _name;

        public Config(string? name = null)
        {
            name ??= Deployment.Instance.ProjectName;
            if (name.EndsWith(":config", StringComparison.Ordinal))
            {
                name = name[..^":config".Length];
            }

            _name = name;
        }

        private string FullKey(string key) => $"{_name}:{key}";

        public string? Get(string key) => Deployment.InternalInstance.GetConfig(FullKey(key));

        public Output<string>? GetSecret(string key) => Get(key) is { } v ? Output.CreateSecret(v) : null;

        public bool? GetBoolean(string key)
        {
            var v = Get(key);
            return v switch
            {
                null => null,
                "true" => true,
                "false" => false,
                _ => throw new ConfigTypeException(FullKey(key), v, nameof(Boolean)),
            };
        }

        public Output<bool>? GetSecretBoolean(string key) => GetBoolean(key) is { } v ? Output.CreateSecret(v) : null;

        public int? GetInt32(string key)
        {
            var v = Get(key);
            return v == null ? null
                : int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result) ? result
                : throw new ConfigTypeException(FullKey(key), v, nameof(Int32));
        }

        public Output<int>? GetSecretInt32(string key) => GetInt32(key) is { } v ? Output.CreateSecret(v) : null;

        public double? GetDouble(string key)
        {
            var v = Get(key);
            return v == null ? null
                : double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) ? result
                : throw new ConfigTypeException(FullKey(key), v, nameof(Double));
        }

        public Output<double>? GetSecretDouble(string key) => GetDouble(key) is { } v ? Output.CreateSecret(v) : null;

        public T GetObject<T>(string key, JsonSerializerOptions options) => GetObjectImpl<T>(key, options);

        public T GetObject<T>(string key) => GetObjectImpl<T>(key, null);

        public Output<T>? GetSecretObject<T>(string key, JsonSerializerOptions options)
            => Get(key) == null ? null : Output.CreateSecret(GetObjectImpl<T>(key, options));

        public Output<T>? GetSecretObject<T>(string key)
            => Get(key) == null ? null : Output.CreateSecret(GetObjectImpl<T>(key, null));

        private T GetObjectImpl<T>(string key, JsonSerializerOptions? options)
        {
            var v = Get(key);
            try
            {
                return v == null ? default! : JsonSerializer.Deserialize<T>(v, options)!;
            }
            catch (JsonException ex)
            {
                throw new ConfigTypeException(FullKey(key), v, typeof(T).FullName!, ex);
            }
        }

        public string Require(string key) => Get(key) ?? throw new ConfigMissingException(FullKey(key));

        public Output<string> RequireSecret(string key) => Output.CreateSecret(Require(key));

        public bool RequireBoolean(string key) => GetBoolean(key) ?? throw new ConfigMissingException(FullKey(key));

        public Output<bool> RequireSecretBoolean(string key) => Output.CreateSecret(RequireBoolean(key));

        public int RequireInt32(string key) => GetInt32(key) ?? throw new ConfigMissingException(FullKey(key));

        public Output<int> RequireSecretInt32(string key) => Output.CreateSecret(RequireInt32(key));

        public double RequireDouble(string key) => GetDouble(key) ?? throw new ConfigMissingException(FullKey(key));

        public Output<double> RequireSecretDouble(string key) => Output.CreateSecret(RequireDouble(key));

        public T RequireObject<T>(string key, JsonSerializerOptions options)
            => Get(key) != null ? GetObjectImpl<T>(key, options) : throw new ConfigMissingException(FullKey(key));

        public T RequireObject<T>(string key)
            => Get(key) != null ? GetObjectImpl<T>(key, null) : throw new ConfigMissingException(FullKey(key));

        public Output<T> RequireSecretObject<T>(string key, JsonSerializerOptions options)
            => Output.CreateSecret(RequireObject<T>(key, options));

        public Output<T> RequireSecretObject<T>(string key) => Output.CreateSecret(RequireObject<T>(key));

        private sealed class ConfigTypeException : RunException
        {
            public ConfigTypeException(string key, object? v, string expectedType, Exception? innerException = null)
                : base($"Configuration '{key}' value '{v}' is not a valid {expectedType}", innerException)
            {
            }
        }

        private sealed class ConfigMissingException : RunException
        {
            public ConfigMissingException(string key)
                : base($"Missing Required configuration variable '{key}'\n" +
                       $"\tplease set a value using the command `pulumi config set {key} <value>`")
            {
            }
        }
    }
}
