namespace Pulumi.Aws.Ec2ClientVpn.Inputs
{
    public sealed class EndpointClientRouteEnforcementOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("enforced")]
        public Input<bool>? Enforced { get; set; }

        public EndpointClientRouteEnforcementOptionsArgs()
        {
        }
        public static new EndpointClientRouteEnforcementOptionsArgs Empty => new EndpointClientRouteEnforcementOptionsArgs();
    }
}
