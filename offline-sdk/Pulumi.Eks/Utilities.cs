// Offline mirror support for Pulumi.Eks 4.3.0: internal helpers of the package.
// Written for the offline SDK; not generated from Pulumi's code.

namespace Pulumi.Eks
{
    internal static class Utilities
    {
        /// <summary>The package version the offline SDK stands in for.</summary>
        public static string Version => "4.3.0";
    }

    /// <summary>Records the type token of an EKS component class, with the package version.</summary>
    internal sealed class EksResourceTypeAttribute : global::Pulumi.ResourceTypeAttribute
    {
        public EksResourceTypeAttribute(string type) : base(type, Utilities.Version)
        {
        }
    }
}
