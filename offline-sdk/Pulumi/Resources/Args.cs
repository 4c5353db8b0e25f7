namespace Pulumi
{
    /// <summary>The base of every argument bag: members marked with <see cref="InputAttribute"/> are sent to the engine.</summary>
    public abstract class InputArgs
    {
        protected InputArgs()
        {
        }
    }

    /// <summary>The arguments of a resource.</summary>
    public abstract class ResourceArgs : InputArgs
    {
        public static readonly ResourceArgs Empty = new EmptyResourceArgs();

        private sealed class EmptyResourceArgs : ResourceArgs
        {
        }
    }

    /// <summary>The arguments of a provider function.</summary>
    public abstract class InvokeArgs : InputArgs
    {
        public static readonly InvokeArgs Empty = new EmptyInvokeArgs();

        private sealed class EmptyInvokeArgs : InvokeArgs
        {
        }
    }

    /// <summary>Options of a provider function call.</summary>
    public class InvokeOptions
    {
        public Resource? Parent { get; set; }
        public ProviderResource? Provider { get; set; }
        public string? Version { get; set; }
        public string? PluginDownloadURL { get; set; }
    }

    /// <summary>Options of a provider function call whose result is an output.</summary>
    public class InvokeOutputOptions : InvokeOptions
    {
        private InputList<Resource>? _dependsOn;

        public InputList<Resource> DependsOn
        {
            get => _dependsOn ??= new InputList<Resource>();
            set => _dependsOn = value;
        }
    }
}

namespace Pulumi
{
    /// <summary>The arguments of a method call on a component.</summary>
    public abstract class CallArgs : InputArgs
    {
        public static readonly CallArgs Empty = new EmptyCallArgs();

        private sealed class EmptyCallArgs : CallArgs
        {
        }
    }
}

namespace Pulumi
{
    /// <summary>Options of a method call on a component.</summary>
    public class CallOptions
    {
        public Resource? Parent { get; set; }
        public ProviderResource? Provider { get; set; }
        public string? Version { get; set; }
        public string? PluginDownloadURL { get; set; }
    }
}
