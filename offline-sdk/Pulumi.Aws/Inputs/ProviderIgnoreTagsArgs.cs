// Offline mirror of the public API of Pulumi.Aws 7.48.0 (Inputs.ProviderIgnoreTagsArgs).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.Inputs
{
    public sealed class ProviderIgnoreTagsArgs : global::Pulumi.ResourceArgs
    {
        [Input("keyPrefixes")]
        private InputList<string>? _keyPrefixes;

        public InputList<string> KeyPrefixes
        {
            get => _keyPrefixes ?? (_keyPrefixes = new InputList<string>());
            set => _keyPrefixes = value;
        }

        [Input("keys")]
        private InputList<string>? _keys;

        public InputList<string> Keys
        {
            get => _keys ?? (_keys = new InputList<string>());
            set => _keys = value;
        }

        public ProviderIgnoreTagsArgs()
        {
        }

        public static new ProviderIgnoreTagsArgs Empty => new ProviderIgnoreTagsArgs();
    }
}
