// Offline mirror support for Pulumi.Aws 7.48.0: internal helpers of the package.
// Written for the offline SDK; not generated from Pulumi's code.

using System;

namespace Pulumi.Aws
{
    internal static class Utilities
    {
        /// <summary>The package version the offline SDK stands in for.</summary>
        public static string Version => "7.48.0";

        public static string? GetEnv(params string[] names)
        {
            foreach (var n in names)
            {
                var value = Environment.GetEnvironmentVariable(n);
                if (value != null)
                {
                    return value;
                }
            }
            return null;
        }

        public static InvokeOptions WithDefaults(this InvokeOptions? src)
        {
            var dst = src ?? new InvokeOptions();
            dst.Version = src?.Version ?? Version;
            return dst;
        }

        public static InvokeOutputOptions WithDefaults(this InvokeOutputOptions? src)
        {
            var dst = src ?? new InvokeOutputOptions();
            dst.Version = src?.Version ?? Version;
            return dst;
        }
    }

    /// <summary>Records the type token of an AWS resource class, with the package version.</summary>
    internal sealed class AwsResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
    {
        public AwsResourceTypeAttribute(string type) : base(type, Utilities.Version)
        {
        }
    }
}
