namespace Pulumi
{
    /// <summary>Diagnostics from the program. Offline they go to standard error.</summary>
    public static class Log
    {
        public static void Debug(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
        {
            // Debug messages are not shown by default, as with the engine.
        }

        public static void Info(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => Write("info", message, resource);

        public static void Warn(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => Write("warning", message, resource);

        /// <summary>
        /// An error: in a run, recorded by the engine so that the run fails with it once every task is done (as
        /// Pulumi's mock engine records it: pulumi/pulumi-dotnet v3.112.1, sdk/Pulumi/Testing/MockEngine.cs); outside
        /// a run, written to standard error.
        /// </summary>
        public static void Error(string message, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
        {
            if (Deployment.Current is { } deployment)
            {
                deployment.Engine.LogError(message);
                return;
            }

            Write("error", message, resource);
        }

        public static void Exception(System.Exception exception, Resource? resource = null, int? streamId = null, bool? ephemeral = null)
            => Write("error", exception.Message, resource);

        private static void Write(string severity, string message, Resource? resource)
            => Console.Error.WriteLine(resource is null
                ? $"{severity}: {message}"
                : $"{severity}: {resource.GetResourceType()}::{resource.GetResourceName()}: {message}");
    }

    /// <summary>An error the program raises on purpose; shown without a stack trace.</summary>
    public class RunException : Exception
    {
        public RunException(string message) : base(message)
        {
        }

        public RunException(string message, Exception? innerException) : base(message, innerException)
        {
        }
    }

    /// <summary>An error about one resource.</summary>
    public class ResourceException : Exception
    {
        internal Resource? Resource { get; }
        internal bool HideStack { get; }

        public ResourceException(string message, Resource? resource, bool hideStack = false) : base(message)
        {
            Resource = resource;
            HideStack = hideStack;
        }
    }
}
