namespace Pulumi.Aws.Ec2ClientVpn.Outputs
{
    [OutputType]
    public sealed class EndpointClientRouteEnforcementOptions
    {
        public readonly bool? Enforced;

        [OutputConstructor]
        private EndpointClientRouteEnforcementOptions(bool? enforced)
        {
            Enforced = enforced;
        }
    }
}
