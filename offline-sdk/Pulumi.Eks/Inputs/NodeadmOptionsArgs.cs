namespace Pulumi.Eks.Inputs
{
    /// <summary>An extra nodeadm configuration section for AL2023 nodes.</summary>
    public sealed class NodeadmOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("content", required: true)]
        public Input<string> Content { get; set; } = null!;

        [Input("contentType", required: true)]
        public Input<string> ContentType { get; set; } = null!;

        public NodeadmOptionsArgs()
        {
        }

        public static new NodeadmOptionsArgs Empty => new NodeadmOptionsArgs();
    }
}
