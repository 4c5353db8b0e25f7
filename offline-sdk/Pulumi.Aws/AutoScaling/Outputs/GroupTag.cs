namespace Pulumi.Aws.AutoScaling.Outputs
{
    [OutputType]
    public sealed class GroupTag
    {
        public readonly string Key;
        public readonly bool PropagateAtLaunch;
        public readonly string Value;

        [OutputConstructor]
        private GroupTag(
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
