namespace Pulumi.Eks.Outputs
{
    /// <summary>An extra nodeadm configuration section.</summary>
    [OutputType]
    public sealed class NodeadmOptions
    {
        public readonly string Content;
        public readonly string ContentType;

        [OutputConstructor]
        private NodeadmOptions(
            string content,
            string contentType)
        {
            Content = content;
            ContentType = contentType;
        }
    }
}
