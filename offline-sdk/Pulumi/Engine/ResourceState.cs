using System.Collections.Immutable;
using Pulumi.Offline;

namespace Pulumi.Engine
{
    /// <summary>What the engine knows of one resource.</summary>
    internal sealed class ResourceState
    {
        private ImmutableDictionary<string, object?>? _inputs;
        private ImmutableDictionary<string, object?>? _outputs;
        private ImmutableHashSet<Resource>? _dependencies;
        private ImmutableHashSet<Resource>? _engineDependencies;
        private readonly List<Resource> _children = new();
        private string? _providerReference;
        private RegistrationOptions? _registrationOptions;
        private string? _id;
        private Exception? _error;

        public ResourceState(Resource resource, string urn, string type, string qualifiedType, string name, bool custom, bool remote,
            Resource? parent, ProviderResource? provider, ImmutableDictionary<string, ProviderResource> providers, string package,
            ResourceOptions options, bool protect)
        {
            Resource = resource;
            Urn = urn;
            Type = type;
            QualifiedType = qualifiedType;
            Name = name;
            Custom = custom;
            Remote = remote;
            Parent = parent;
            Provider = provider;
            Providers = providers;
            Package = package;
            Options = options;
            Protect = protect;
        }

        public Resource Resource { get; }
        public string Urn { get; }

        /// <summary>The URN the program and the mocks see: the engine's (plans) or the mock monitor's (TestAsync).</summary>
        public string ProgramUrn { get; set; } = string.Empty;
        public string Type { get; }
        public string QualifiedType { get; }
        public string Name { get; }
        public bool Custom { get; }
        public bool Remote { get; }
        public Resource? Parent { get; }
        public ProviderResource? Provider { get; }
        public ImmutableDictionary<string, ProviderResource> Providers { get; }
        public string Package { get; }
        public ResourceOptions Options { get; }
        public bool Protect { get; }
        public TaskCompletionSource<OutputData<string>> IdSource { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public ImmutableDictionary<string, object?>? RegisteredOutputs { get; set; }

        /// <summary>The resources created with this one as their parent so far (the real SDK's <c>ChildResources</c>).</summary>
        public Resource[] Children
        {
            get
            {
                lock (_children)
                {
                    return _children.ToArray();
                }
            }
        }

        public void AddChild(Resource child)
        {
            lock (_children)
            {
                _children.Add(child);
            }
        }

        public void Record(ImmutableDictionary<string, object?> inputs, HashSet<Resource> dependencies, HashSet<Resource> engineDependencies,
            string? providerReference,
            ImmutableArray<string> aliases, ImmutableArray<string> additionalSecretOutputs, bool deleteBeforeReplace, string? importId)
        {
            _inputs = inputs;
            _dependencies = dependencies.ToImmutableHashSet();
            _engineDependencies = engineDependencies.ToImmutableHashSet();
            _providerReference = providerReference;
            _registrationOptions = new RegistrationOptions(
                Protect,
                Options.RetainOnDelete ?? false,
                deleteBeforeReplace,
                Options.IgnoreChanges.ToImmutableArray(),
                Options.ReplaceOnChanges.ToImmutableArray(),
                additionalSecretOutputs,
                aliases,
                importId,
                Options.ResourceTransforms.ToImmutableArray());
        }

        public void Complete(string? id, ImmutableDictionary<string, object?> outputs)
        {
            _id = id;
            _outputs = outputs;
        }

        public void Fail(Exception error) => _error = error;

        public ResourceRegistration ToRegistration()
        {
            if (_error != null)
            {
                throw new InvalidOperationException($"{Urn} failed to register: {_error.Message}", _error);
            }

            if (_inputs is null || _outputs is null || _registrationOptions is null || _dependencies is null)
            {
                throw new InvalidOperationException($"{Urn} has not finished registering.");
            }

            return new ResourceRegistration(
                Urn, Type, Name, Custom, Remote, Parent?.State.Urn,
                _providerReference is null ? null : Provider!.State.Urn,
                _dependencies.Select(d => d.State.Urn).OrderBy(u => u, StringComparer.Ordinal).ToImmutableArray(),
                _registrationOptions, _inputs, _outputs, _id)
            {
                EngineDependencyUrns = _engineDependencies!.Select(d => d.State.Urn).OrderBy(u => u, StringComparer.Ordinal).ToImmutableArray(),
            };
        }
    }
}
