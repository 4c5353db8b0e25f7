using System;
using System.Globalization;

namespace Pulumi.Kubernetes
{
    /// <summary>
    /// Environment-variable defaults used by the provider's argument types.
    /// </summary>
    internal static class Utilities
    {
        private static readonly string[] TrueValues = { "1", "t", "T", "true", "TRUE", "True" };
        private static readonly string[] FalseValues = { "0", "f", "F", "false", "FALSE", "False" };

        public static string? GetEnv(params string[] names)
        {
            foreach (var name in names)
            {
                var value = Environment.GetEnvironmentVariable(name);
                if (value != null)
                {
                    return value;
                }
            }

            return null;
        }

        /// <summary>
        /// The first set variable as an input, or null when none is set (so that an unset
        /// variable leaves the property unset).
        /// </summary>
        public static Input<string>? GetEnvInput(params string[] names)
        {
            var value = GetEnv(names);
            return value == null ? null : (Input<string>)value;
        }

        public static bool? GetEnvBoolean(params string[] names)
        {
            var value = GetEnv(names);
            if (value == null)
            {
                return null;
            }

            if (Array.IndexOf(TrueValues, value) >= 0)
            {
                return true;
            }

            if (Array.IndexOf(FalseValues, value) >= 0)
            {
                return false;
            }

            return null;
        }

        public static int? GetEnvInt32(params string[] names)
            => int.TryParse(GetEnv(names), out var value) ? value : null;

        public static double? GetEnvDouble(params string[] names)
            => double.TryParse(GetEnv(names), out var value) ? value : null;
    }
}
