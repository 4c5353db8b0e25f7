namespace Pulumi.Eks.Inputs
{
    /// <summary>Settings of the vpc-cni addon.</summary>
    public sealed class VpcCniOptionsArgs : global::Pulumi.ResourceArgs
    {
        [Input("addonVersion")]
        public Input<string>? AddonVersion { get; set; }

        [Input("cniConfigureRpfilter")]
        public Input<bool>? CniConfigureRpfilter { get; set; }

        [Input("cniCustomNetworkCfg")]
        public Input<bool>? CniCustomNetworkCfg { get; set; }

        [Input("cniExternalSnat")]
        public Input<bool>? CniExternalSnat { get; set; }

        [Input("configurationValues")]
        private InputMap<object>? _configurationValues;
        public InputMap<object> ConfigurationValues
        {
            get => _configurationValues ?? (_configurationValues = new InputMap<object>());
            set => _configurationValues = value;
        }

        [Input("customNetworkConfig")]
        public Input<bool>? CustomNetworkConfig { get; set; }

        [Input("disableTcpEarlyDemux")]
        public Input<bool>? DisableTcpEarlyDemux { get; set; }

        [Input("enableNetworkPolicy")]
        public Input<bool>? EnableNetworkPolicy { get; set; }

        [Input("enablePodEni")]
        public Input<bool>? EnablePodEni { get; set; }

        [Input("enablePrefixDelegation")]
        public Input<bool>? EnablePrefixDelegation { get; set; }

        [Input("eniConfigLabelDef")]
        public Input<string>? EniConfigLabelDef { get; set; }

        [Input("eniMtu")]
        public Input<int>? EniMtu { get; set; }

        [Input("externalSnat")]
        public Input<bool>? ExternalSnat { get; set; }

        [Input("logFile")]
        public Input<string>? LogFile { get; set; }

        [Input("logLevel")]
        public Input<string>? LogLevel { get; set; }

        [Input("nodePortSupport")]
        public Input<bool>? NodePortSupport { get; set; }

        [Input("resolveConflictsOnCreate")]
        public Pulumi.Eks.ResolveConflictsOnCreate? ResolveConflictsOnCreate { get; set; }

        [Input("resolveConflictsOnUpdate")]
        public Pulumi.Eks.ResolveConflictsOnUpdate? ResolveConflictsOnUpdate { get; set; }

        [Input("securityContextPrivileged")]
        public Input<bool>? SecurityContextPrivileged { get; set; }

        [Input("serviceAccountRoleArn")]
        public Input<string>? ServiceAccountRoleArn { get; set; }

        [Input("vethPrefix")]
        public Input<string>? VethPrefix { get; set; }

        [Input("warmEniTarget")]
        public Input<int>? WarmEniTarget { get; set; }

        [Input("warmIpTarget")]
        public Input<int>? WarmIpTarget { get; set; }

        [Input("warmPrefixTarget")]
        public Input<int>? WarmPrefixTarget { get; set; }

        public VpcCniOptionsArgs()
        {
            ResolveConflictsOnCreate = Pulumi.Eks.ResolveConflictsOnCreate.Overwrite;
            ResolveConflictsOnUpdate = Pulumi.Eks.ResolveConflictsOnUpdate.Overwrite;
        }

        public static new VpcCniOptionsArgs Empty => new VpcCniOptionsArgs();
    }
}
