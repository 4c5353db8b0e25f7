namespace Pulumi.Kubernetes.Types.Outputs.Meta.V1
{
    [OutputType]
    public sealed class Condition
    {
        public readonly string LastTransitionTime;
        public readonly string Message;
        public readonly int ObservedGeneration;
        public readonly string Reason;
        public readonly string Status;
        public readonly string Type;

        [OutputConstructor]
        private Condition(
            string lastTransitionTime,
            string message,
            int observedGeneration,
            string reason,
            string status,
            string type)
        {
            LastTransitionTime = lastTransitionTime;
            Message = message;
            ObservedGeneration = observedGeneration;
            Reason = reason;
            Status = status;
            Type = type;
        }
    }
}
