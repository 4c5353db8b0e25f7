// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Inputs.ProviderAssumeRoleArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Inputs
{
    public sealed class ProviderAssumeRoleArgs : global::Pulumi.ResourceArgs
    {
        [Input("duration")]
        public Input<string>? Duration { get; set; }

        [Input("externalId")]
        public Input<string>? ExternalId { get; set; }

        [Input("policy")]
        public Input<string>? Policy { get; set; }

        [Input("policyArns")]
        private InputList<string>? _policyArns;

        public InputList<string> PolicyArns
        {
            get => _policyArns ?? (_policyArns = new InputList<string>());
            set => _policyArns = value;
        }

        [Input("roleArn")]
        public Input<string>? RoleArn { get; set; }

        [Input("sessionName")]
        public Input<string>? SessionName { get; set; }

        [Input("sourceIdentity")]
        public Input<string>? SourceIdentity { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("transitiveTagKeys")]
        private InputList<string>? _transitiveTagKeys;

        public InputList<string> TransitiveTagKeys
        {
            get => _transitiveTagKeys ?? (_transitiveTagKeys = new InputList<string>());
            set => _transitiveTagKeys = value;
        }

        public ProviderAssumeRoleArgs()
        {
        }

        public static new ProviderAssumeRoleArgs Empty => new ProviderAssumeRoleArgs();
    }
}
