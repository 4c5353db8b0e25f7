// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Rds.Outputs.ClusterMasterUserSecret).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Rds.Outputs
{
    [OutputType]
    public sealed class ClusterMasterUserSecret
    {
        public readonly string? KmsKeyId;
        public readonly string? SecretArn;
        public readonly string? SecretStatus;

        [OutputConstructor]
        private ClusterMasterUserSecret(
            string? kmsKeyId,
            string? secretArn,
            string? secretStatus)
        {
            KmsKeyId = kmsKeyId;
            SecretArn = secretArn;
            SecretStatus = secretStatus;
        }
    }
}
