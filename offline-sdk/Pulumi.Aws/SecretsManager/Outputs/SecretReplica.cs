// Offline mirror of the public API of Pulumi.Aws 7.48.0 (SecretsManager.Outputs.SecretReplica).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.SecretsManager.Outputs
{
    [OutputType]
    public sealed class SecretReplica
    {
        public readonly string? KmsKeyId;
        public readonly string? LastAccessedDate;
        public readonly string Region;
        public readonly string? Status;
        public readonly string? StatusMessage;

        [OutputConstructor]
        private SecretReplica(
            string? kmsKeyId,
            string? lastAccessedDate,
            string region,
            string? status,
            string? statusMessage)
        {
            KmsKeyId = kmsKeyId;
            LastAccessedDate = lastAccessedDate;
            Region = region;
            Status = status;
            StatusMessage = statusMessage;
        }
    }
}
