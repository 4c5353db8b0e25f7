namespace Pulumi.Kubernetes.Types.Outputs.Meta.V1
{
    [OutputType]
    public sealed class ManagedFieldsEntry
    {
        public readonly string ApiVersion;
        public readonly string FieldsType;
        public readonly System.Text.Json.JsonElement FieldsV1;
        public readonly string Manager;
        public readonly string Operation;
        public readonly string Subresource;
        public readonly string Time;

        [OutputConstructor]
        private ManagedFieldsEntry(
            string apiVersion,
            string fieldsType,
            System.Text.Json.JsonElement fieldsV1,
            string manager,
            string operation,
            string subresource,
            string time)
        {
            ApiVersion = apiVersion;
            FieldsType = fieldsType;
            FieldsV1 = fieldsV1;
            Manager = manager;
            Operation = operation;
            Subresource = subresource;
            Time = time;
        }
    }
}
