// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.PolicyDocumentArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    /// <summary>A bucket policy as a typed document (the S3 module's own type, with IAM statements).</summary>
    public sealed class PolicyDocumentArgs : global::Pulumi.ResourceArgs
    {
        [Input("Id")]
        public Input<string>? Id { get; set; }

        [Input("Statement", required: true)]
        private InputList<Pulumi.Aws.Iam.Inputs.PolicyStatementArgs>? _Statement;

        public InputList<Pulumi.Aws.Iam.Inputs.PolicyStatementArgs> Statement
        {
            get => _Statement ?? (_Statement = new InputList<Pulumi.Aws.Iam.Inputs.PolicyStatementArgs>());
            set => _Statement = value;
        }

        [Input("Version", required: true)]
        public Input<Pulumi.Aws.Iam.PolicyDocumentVersion> Version { get; set; } = null!;

        public PolicyDocumentArgs()
        {
        }

        public static new PolicyDocumentArgs Empty => new PolicyDocumentArgs();
    }
}
