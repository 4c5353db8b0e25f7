// Offline mirror of the public API of Pulumi.Aws 7.48.0 (SecretsManager.Inputs.SecretReplicaArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.SecretsManager.Inputs
{
    public sealed class SecretReplicaArgs : global::Pulumi.ResourceArgs
    {
        [Input("kmsKeyId")]
        public Input<string>? KmsKeyId { get; set; }

        [Input("lastAccessedDate")]
        public Input<string>? LastAccessedDate { get; set; }

        [Input("region", required: true)]
        public Input<string> Region { get; set; } = null!;

        [Input("status")]
        public Input<string>? Status { get; set; }

        [Input("statusMessage")]
        public Input<string>? StatusMessage { get; set; }

        public SecretReplicaArgs()
        {
        }

        public static new SecretReplicaArgs Empty => new SecretReplicaArgs();
    }
}
