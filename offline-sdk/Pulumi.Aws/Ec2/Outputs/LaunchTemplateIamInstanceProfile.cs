namespace Pulumi.Aws.Ec2.Outputs
{
    [OutputType]
    public sealed class LaunchTemplateIamInstanceProfile
    {
        public readonly string? Arn;
        public readonly string? Name;

        [OutputConstructor]
        private LaunchTemplateIamInstanceProfile(
            string? arn,
            string? name)
        {
            Arn = arn;
            Name = name;
        }
    }
}
