namespace Pulumi.Kubernetes.Types.Inputs.Meta.V1
{
    public class ManagedFieldsEntryArgs : global::Pulumi.ResourceArgs
    {
        [Input("apiVersion")]
        public Input<string>? ApiVersion { get; set; }

        [Input("fieldsType")]
        public Input<string>? FieldsType { get; set; }

        [Input("fieldsV1")]
        public InputJson? FieldsV1 { get; set; }

        [Input("manager")]
        public Input<string>? Manager { get; set; }

        [Input("operation")]
        public Input<string>? Operation { get; set; }

        [Input("subresource")]
        public Input<string>? Subresource { get; set; }

        [Input("time")]
        public Input<string>? Time { get; set; }

        public ManagedFieldsEntryArgs()
        {
        }

        public static new ManagedFieldsEntryArgs Empty => new ManagedFieldsEntryArgs();
    }
}
