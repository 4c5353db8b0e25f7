namespace Pulumi.Aws.AutoScaling.Outputs
{
    [OutputType]
    public sealed class TagTag
    {
        public readonly string Key;
        public readonly bool PropagateAtLaunch;
        public readonly string Value;

        [OutputConstructor]
        private TagTag(
            string key,
            bool propagateAtLaunch,
            string value)
        {
            Key = key;
            PropagateAtLaunch = propagateAtLaunch;
            Value = value;
        }
    }
}
