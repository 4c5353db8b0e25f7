namespace Pulumi
{
    /// <summary>Options that control how the engine manages a resource.</summary>
    public abstract class ResourceOptions
    {
        private InputList<Resource>? _dependsOn;
        private List<string>? _ignoreChanges;
        private List<string>? _replaceOnChanges;
        private List<ResourceTransformation>? _resourceTransformations;
        private List<ResourceTransform>? _resourceTransforms;

        private protected ResourceOptions()
        {
        }

        /// <summary>The id of an existing resource to read instead of creating one.</summary>
        public Input<string>? Id { get; set; }

        /// <summary>The parent of this resource; its URN and default providers derive from it.</summary>
        public Resource? Parent { get; set; }

        /// <summary>Resources this one depends on besides those behind its inputs.</summary>
        public InputList<Resource> DependsOn
        {
            get => _dependsOn ??= new InputList<Resource>();
            set => _dependsOn = value;
        }

        /// <summary>When true, the engine refuses to delete the resource.</summary>
        public bool? Protect { get; set; }

        /// <summary>Input properties whose changes are ignored on update.</summary>
        public List<string> IgnoreChanges
        {
            get => _ignoreChanges ??= new List<string>();
            set => _ignoreChanges = value;
        }

        /// <summary>The provider plugin version to use.</summary>
        public string? Version { get; set; }

        /// <summary>An explicit provider for this resource.</summary>
        public ProviderResource? Provider { get; set; }

        /// <summary>Custom timeouts for create, update and delete.</summary>
        public CustomTimeouts? CustomTimeouts { get; set; }

        /// <summary>Transformations applied to this resource and its children.</summary>
        public List<ResourceTransformation> ResourceTransformations
        {
            get => _resourceTransformations ??= new List<ResourceTransformation>();
            set => _resourceTransformations = value;
        }

        /// <summary>Transforms the engine applies to this resource and to every resource below it.</summary>
        public List<ResourceTransform> ResourceTransforms
        {
            get => _resourceTransforms ??= new List<ResourceTransform>();
            set => _resourceTransforms = value;
        }

        /// <summary>Earlier identities of this resource.</summary>
        public List<Input<Alias>> Aliases { get; set; } = new List<Input<Alias>>();

        /// <summary>The URN of an existing resource to read.</summary>
        public string? Urn { get; set; }

        /// <summary>Input properties whose changes force a replacement.</summary>
        public List<string> ReplaceOnChanges
        {
            get => _replaceOnChanges ??= new List<string>();
            set => _replaceOnChanges = value;
        }

        /// <summary>Where to download the provider plugin from.</summary>
        public string? PluginDownloadURL { get; set; }

        /// <summary>When true, deleting the resource from the program leaves it in the cloud.</summary>
        public bool? RetainOnDelete { get; set; }

        /// <summary>When this resource is deleted together with another, the delete is skipped.</summary>
        public Resource? DeletedWith { get; set; }

        internal static void MergeNormalOptions(ResourceOptions options1, ResourceOptions options2)
        {
            options1.Id = options2.Id ?? options1.Id;
            options1.Parent = options2.Parent ?? options1.Parent;
            options1.Protect = options2.Protect ?? options1.Protect;
            options1.Urn = options2.Urn ?? options1.Urn;
            options1.Version = options2.Version ?? options1.Version;
            options1.PluginDownloadURL = options2.PluginDownloadURL ?? options1.PluginDownloadURL;
            options1.Provider = options2.Provider ?? options1.Provider;
            options1.CustomTimeouts = options2.CustomTimeouts ?? options1.CustomTimeouts;
            options1.RetainOnDelete = options2.RetainOnDelete ?? options1.RetainOnDelete;
            options1.DeletedWith = options2.DeletedWith ?? options1.DeletedWith;
            options1.IgnoreChanges.AddRange(options2.IgnoreChanges);
            options1.ResourceTransformations.AddRange(options2.ResourceTransformations);
            options1.ResourceTransforms.AddRange(options2.ResourceTransforms);
            options1.Aliases.AddRange(options2.Aliases);
            options1.ReplaceOnChanges.AddRange(options2.ReplaceOnChanges);
            options1.DependsOn = options1.DependsOn.Concat(options2.DependsOn);
        }

        internal void CopyNormalOptionsTo(ResourceOptions target)
        {
            target.Id = Id;
            target.Parent = Parent;
            target.Protect = Protect;
            target.Urn = Urn;
            target.Version = Version;
            target.PluginDownloadURL = PluginDownloadURL;
            target.Provider = Provider;
            target.CustomTimeouts = CustomTimeouts;
            target.RetainOnDelete = RetainOnDelete;
            target.DeletedWith = DeletedWith;
            target.IgnoreChanges = IgnoreChanges.ToList();
            target.ResourceTransformations = ResourceTransformations.ToList();
            target.ResourceTransforms = ResourceTransforms.ToList();
            target.Aliases = Aliases.ToList();
            target.ReplaceOnChanges = ReplaceOnChanges.ToList();
            target.DependsOn = DependsOn.Clone();
        }
    }

    /// <summary>Options for a custom resource (one a provider manages).</summary>
    public sealed class CustomResourceOptions : ResourceOptions
    {
        private List<string>? _additionalSecretOutputs;

        /// <summary>When true, a replacement deletes the old resource before creating the new one.</summary>
        public bool? DeleteBeforeReplace { get; set; }

        /// <summary>Outputs the engine marks secret whatever their inputs.</summary>
        public List<string> AdditionalSecretOutputs
        {
            get => _additionalSecretOutputs ??= new List<string>();
            set => _additionalSecretOutputs = value;
        }

        /// <summary>The id of an existing cloud resource to adopt.</summary>
        public string? ImportId { get; set; }

        /// <summary>Merges two option sets; values from <paramref name="options2"/> win, lists concatenate.</summary>
        public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2)
        {
            var merged = options1?.Clone() ?? new CustomResourceOptions();
            options2 = options2?.Clone() ?? new CustomResourceOptions();
            MergeNormalOptions(merged, options2);
            merged.DeleteBeforeReplace = options2.DeleteBeforeReplace ?? merged.DeleteBeforeReplace;
            merged.ImportId = options2.ImportId ?? merged.ImportId;
            merged.AdditionalSecretOutputs.AddRange(options2.AdditionalSecretOutputs);
            return merged;
        }

        internal CustomResourceOptions Clone()
        {
            var clone = new CustomResourceOptions
            {
                DeleteBeforeReplace = DeleteBeforeReplace,
                AdditionalSecretOutputs = AdditionalSecretOutputs.ToList(),
                ImportId = ImportId,
            };
            CopyNormalOptionsTo(clone);
            return clone;
        }
    }

    /// <summary>Options for a component resource (a group of other resources).</summary>
    public sealed class ComponentResourceOptions : ResourceOptions
    {
        private List<ProviderResource>? _providers;

        /// <summary>Providers for this component's children, one per package.</summary>
        public List<ProviderResource> Providers
        {
            get => _providers ??= new List<ProviderResource>();
            set => _providers = value;
        }

        /// <summary>Merges two option sets; values from <paramref name="options2"/> win, lists concatenate.</summary>
        public static ComponentResourceOptions Merge(ComponentResourceOptions? options1, ComponentResourceOptions? options2)
        {
            var merged = options1?.Clone() ?? new ComponentResourceOptions();
            options2 = options2?.Clone() ?? new ComponentResourceOptions();
            MergeNormalOptions(merged, options2);
            var providers = new List<ProviderResource>();
            foreach (var provider in merged.Providers.Concat(options2.Providers))
            {
                providers.RemoveAll(p => p.Package == provider.Package);
                providers.Add(provider);
            }

            merged.Providers = providers;
            return merged;
        }

        internal ComponentResourceOptions Clone()
        {
            var clone = new ComponentResourceOptions { Providers = Providers.ToList() };
            CopyNormalOptionsTo(clone);
            return clone;
        }
    }

    /// <summary>Custom timeouts for a resource's operations.</summary>
    public sealed class CustomTimeouts
    {
        public TimeSpan? Create { get; set; }
        public TimeSpan? Update { get; set; }
        public TimeSpan? Delete { get; set; }
    }

    /// <summary>A transformation of a resource's args and options before it is registered.</summary>
    public delegate ResourceTransformationResult? ResourceTransformation(ResourceTransformationArgs args);

    /// <summary>What a <see cref="ResourceTransformation"/> receives.</summary>
    public readonly struct ResourceTransformationArgs
    {
        public Resource Resource { get; }
        public ResourceArgs Args { get; }
        public ResourceOptions Options { get; }

        public ResourceTransformationArgs(Resource resource, ResourceArgs args, ResourceOptions options)
        {
            Resource = resource;
            Args = args;
            Options = options;
        }
    }

    /// <summary>What a <see cref="ResourceTransformation"/> returns.</summary>
    public readonly struct ResourceTransformationResult
    {
        public ResourceArgs Args { get; }
        public ResourceOptions Options { get; }

        public ResourceTransformationResult(ResourceArgs args, ResourceOptions options)
        {
            Args = args;
            Options = options;
        }
    }
}
