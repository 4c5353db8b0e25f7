// Offline mirror of the public API of Pulumi.Aws 7.48.0 (S3.Inputs.BucketLifecycleConfigurationRuleArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.S3.Inputs
{
    public sealed class BucketLifecycleConfigurationRuleArgs : global::Pulumi.ResourceArgs
    {
        [Input("abortIncompleteMultipartUpload")]
        public Input<Inputs.BucketLifecycleConfigurationRuleAbortIncompleteMultipartUploadArgs>? AbortIncompleteMultipartUpload { get; set; }

        [Input("expiration")]
        public Input<Inputs.BucketLifecycleConfigurationRuleExpirationArgs>? Expiration { get; set; }

        [Input("filter")]
        public Input<Inputs.BucketLifecycleConfigurationRuleFilterArgs>? Filter { get; set; }

        [Input("id", required: true)]
        public Input<string> Id { get; set; } = null!;

        [Input("noncurrentVersionExpiration")]
        public Input<Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionExpirationArgs>? NoncurrentVersionExpiration { get; set; }

        [Input("noncurrentVersionTransitions")]
        private InputList<Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionTransitionArgs>? _noncurrentVersionTransitions;

        public InputList<Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionTransitionArgs> NoncurrentVersionTransitions
        {
            get => _noncurrentVersionTransitions ?? (_noncurrentVersionTransitions = new InputList<Inputs.BucketLifecycleConfigurationRuleNoncurrentVersionTransitionArgs>());
            set => _noncurrentVersionTransitions = value;
        }

        [Input("prefix")]
        public Input<string>? Prefix { get; set; }

        [Input("status", required: true)]
        public Input<string> Status { get; set; } = null!;

        [Input("transitions")]
        private InputList<Inputs.BucketLifecycleConfigurationRuleTransitionArgs>? _transitions;

        public InputList<Inputs.BucketLifecycleConfigurationRuleTransitionArgs> Transitions
        {
            get => _transitions ?? (_transitions = new InputList<Inputs.BucketLifecycleConfigurationRuleTransitionArgs>());
            set => _transitions = value;
        }

        public BucketLifecycleConfigurationRuleArgs()
        {
        }

        public static new BucketLifecycleConfigurationRuleArgs Empty => new BucketLifecycleConfigurationRuleArgs();
    }
}
