namespace Pulumi.Kubernetes.Types.Outputs.Core.V1
{
    [OutputType]
    public sealed class NamespaceCondition
    {
        public readonly string LastTransitionTime;
        public readonly string Message;
        public readonly string Reason;
        public readonly string Status;
        public readonly string Type;

        [OutputConstructor]
        private NamespaceCondition(
            string lastTransitionTime,
            string message,
            string reason,
            string status,
            string type)
        {
            LastTransitionTime = lastTransitionTime;
            Message = message;
            Reason = reason;
            Status = status;
            Type = type;
        }
    }
}
