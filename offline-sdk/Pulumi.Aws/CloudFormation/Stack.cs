// Offline mirror of the public API of Pulumi.Aws 7.48.0 (aws:cloudformation/stack:Stack).
// Written for the offline SDK from the published signatures; not generated from Pulumi's code.
// The program declares none: Pulumi.Eks 4.3.0 names the type (its NodeGroup's cfnStack output), so the real
// Pulumi.Eks package compiles against this mirror.

using System;
using System.Collections.Immutable;

namespace Pulumi.Aws.CloudFormation
{
    /// <summary>Mirror of <c>aws:cloudformation/stack:Stack</c>.</summary>
    [AwsResourceType("aws:cloudformation/stack:Stack")]
    public partial class Stack : global::Pulumi.CustomResource
    {
        [Output("name")]
        public Output<string> Name { get; private set; } = null!;

        [Output("outputs")]
        public Output<ImmutableDictionary<string, string>> Outputs { get; private set; } = null!;

        [Output("parameters")]
        public Output<ImmutableDictionary<string, string>> Parameters { get; private set; } = null!;

        [Output("region")]
        public Output<string> Region { get; private set; } = null!;

        [Output("tags")]
        public Output<ImmutableDictionary<string, string>?> Tags { get; private set; } = null!;

        [Output("templateBody")]
        public Output<string> TemplateBody { get; private set; } = null!;

        [Output("timeoutInMinutes")]
        public Output<int?> TimeoutInMinutes { get; private set; } = null!;

        public Stack(string name, StackArgs? args = null, CustomResourceOptions? options = null)
            : base("aws:cloudformation/stack:Stack", name, args ?? new StackArgs(), MakeResourceOptions(options, ""))
        {
        }

        private static CustomResourceOptions MakeResourceOptions(CustomResourceOptions? options, Input<string>? id)
        {
            var defaultOptions = new CustomResourceOptions
            {
                Version = Utilities.Version,
            };
            var merged = CustomResourceOptions.Merge(defaultOptions, options);
            merged.Id = id ?? merged.Id;
            return merged;
        }
    }

    public sealed class StackArgs : global::Pulumi.ResourceArgs
    {
        [Input("name")]
        public Input<string>? Name { get; set; }

        [Input("parameters")]
        private InputMap<string>? _parameters;

        public InputMap<string> Parameters
        {
            get => _parameters ?? (_parameters = new InputMap<string>());
            set => _parameters = value;
        }

        [Input("region")]
        public Input<string>? Region { get; set; }

        [Input("tags")]
        private InputMap<string>? _tags;

        public InputMap<string> Tags
        {
            get => _tags ?? (_tags = new InputMap<string>());
            set => _tags = value;
        }

        [Input("templateBody")]
        public Input<string>? TemplateBody { get; set; }

        [Input("timeoutInMinutes")]
        public Input<int>? TimeoutInMinutes { get; set; }

        public StackArgs()
        {
        }

        public static new StackArgs Empty => new StackArgs();
    }
}
