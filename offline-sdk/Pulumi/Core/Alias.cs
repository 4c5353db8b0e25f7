namespace Pulumi
{
    /// <summary>
    /// Names an earlier identity of a resource so that renaming or re-parenting it is not a replace.
    /// </summary>
    public sealed class Alias
    {
        public string? Urn { get; set; }
        public Input<string>? Name { get; set; }
        public Input<string>? Type { get; set; }
        public Input<string>? Stack { get; set; }
        public Input<string>? Project { get; set; }
        public Resource? Parent { get; set; }
        public Input<string>? ParentUrn { get; set; }
        public bool NoParent { get; set; }
    }
}
