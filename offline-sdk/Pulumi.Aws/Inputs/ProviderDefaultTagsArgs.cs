// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Inputs.ProviderDefaultTagsArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Inputs
{
    public sealed class ProviderDefaultTagsArgs : global::Pulumi.ResourceArgs
    {
        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        public ProviderDefaultTagsArgs()
        {
        }

        public static new ProviderDefaultTagsArgs Empty => new ProviderDefaultTagsArgs();
    }
}
