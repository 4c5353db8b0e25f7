using System.Collections.Immutable;
using Pulumi.Offline;
using Pulumi.Testing;

namespace Pulumi.Engine
{
    /// <summary>
    /// The offline engine: registers resources through <see cref="IMocks"/>, resolves their outputs
    /// and records each registration (urn, parent, provider, dependencies, options, inputs, outputs).
    /// </summary>
    internal sealed class MockEngine
    {
        internal const string UnknownId = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

        private readonly Deployment _deployment;
        private readonly IMocks _mocks;
        private readonly object _lock = new();
        private readonly List<Resource> _resources = new();
        private readonly HashSet<string> _urns = new(StringComparer.Ordinal);
        private readonly List<Task> _pending = new();
        private readonly List<Exception> _errors = new();

        public MockEngine(Deployment deployment, IMocks mocks)
        {
            _deployment = deployment;
            _mocks = mocks;
        }

        public Stack? Root { get; private set; }

        public ImmutableArray<Resource> Resources
        {
            get
            {
                lock (_lock)
                {
                    return _resources.ToImmutableArray();
                }
            }
        }

        /// <summary>
        /// The URN Pulumi's mock monitor gives a resource: the first type of its parent's URN, <c>$</c>, its own type
        /// (so under mocks every resource but the stack reads <c>pulumi:pulumi:Stack$&lt;type&gt;</c>, whatever its
        /// parent chain), unlike the engine, whose URNs carry the whole chain of component types.
        /// </summary>
        private string MockMonitorUrn(Resource? parent, string type, string name)
        {
            if (parent is not null)
            {
                type = parent.State.ProgramUrn.Split("::")[2].Split('$')[0] + "$" + type;
            }

            return $"urn:pulumi:{_deployment.StackName}::{_deployment.ProjectName}::{type}::{name}";
        }

        public ResourceState Construct(
            Resource resource, string type, string name, bool custom, bool remote, ResourceArgs args, ResourceOptions options)
        {
            var isRootStack = type == Stack.RootPulumiStackTypeName && options.Parent is null;
            var parent = options.Parent ?? (isRootStack ? null : Root);
            var qualifiedType = parent is null || parent.State.Type == Stack.RootPulumiStackTypeName
                ? type
                : parent.State.QualifiedType + "$" + type;
            var urn = $"urn:pulumi:{_deployment.StackName}::{_deployment.ProjectName}::{qualifiedType}::{name}";

            var providers = parent?.State.Providers ?? ImmutableDictionary<string, ProviderResource>.Empty;
            ProviderResource? provider = null;
            var package = PackageOf(type);
            if (options is ComponentResourceOptions componentOptions)
            {
                foreach (var p in componentOptions.Providers)
                {
                    providers = providers.SetItem(p.State.Package, p);
                }
            }

            if (options.Provider != null)
            {
                providers = providers.SetItem(options.Provider.State.Package, options.Provider);
            }

            if ((custom || remote) && resource is not ProviderResource)
            {
                provider = options.Provider is { } explicitProvider && explicitProvider.State.Package == package
                    ? explicitProvider
                    : providers.GetValueOrDefault(package);
            }

            var state = new ResourceState(resource, urn, type, qualifiedType, name, custom, remote, parent, provider, providers,
                ProviderPackageOf(type), options, options.Protect ?? parent?.State.Protect ?? false);
            state.ProgramUrn = _deployment.EngineUrns ? urn : MockMonitorUrn(parent, type, name);
            parent?.State.AddChild(resource);

            lock (_lock)
            {
                if (!_urns.Add(urn))
                {
                    throw new ResourceException($"Duplicate resource URN '{urn}'; try giving it a unique name.", resource);
                }

                _resources.Add(resource);
            }

            resource.SetUrn(new Output<string>(Task.FromResult(
                new OutputData<string>(ImmutableHashSet.Create(resource), state.ProgramUrn, true, false))));
            if (resource is CustomResource customResource)
            {
                customResource.SetId(new Output<string>(state.IdSource.Task));
            }

            var slots = custom || remote ? OutputSlots.Attach(resource) : ImmutableArray<OutputSlot>.Empty;
            if (isRootStack)
            {
                Root = (Stack)resource;
            }

            Track(RegisterAsync(state, args, options, slots));
            return state;
        }

        private static string PackageOf(string type)
        {
            var colon = type.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? type : type[..colon];
        }

        private static string ProviderPackageOf(string type)
            => type.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? type["pulumi:providers:".Length..] : PackageOf(type);

        private async Task RegisterAsync(ResourceState state, ResourceArgs args, ResourceOptions options, ImmutableArray<OutputSlot> slots)
        {
            // Let the constructors finish before the args are read.
            await Task.Yield();
            try
            {
                var dependencies = new HashSet<Resource>();
                var inputs = await Serializer.SerializeArgsAsync(args, dependencies,
                    state.Custom ? $"{state.Type} '{state.Name}'" : null).ConfigureAwait(false);

                var dependsOn = await options.DependsOn.ToOutputInternal().DataTask.ConfigureAwait(false);
                var explicitDependencies = dependsOn.Value.IsDefault ? ImmutableArray<Resource>.Empty : dependsOn.Value;
                dependencies.UnionWith(explicitDependencies);
                dependencies.UnionWith(dependsOn.Resources);
                dependencies.Remove(state.Resource);
                var engineDependencies = DependencyClosure.Expand(dependencies);
                engineDependencies.Remove(state.Resource);

                var aliases = ImmutableArray.CreateBuilder<string>();
                foreach (var alias in options.Aliases)
                {
                    var data = await alias.ToOutputInternal().DataTask.ConfigureAwait(false);
                    aliases.Add(await DescribeAliasAsync(data.Value).ConfigureAwait(false));
                }

                string? providerReference = null;
                if (state.Provider != null)
                {
                    var providerId = await state.Provider.State.IdSource.Task.ConfigureAwait(false);
                    providerReference = $"{state.Provider.State.ProgramUrn}::{(providerId.IsKnown ? providerId.Value : UnknownId)}";
                }

                var customOptions = options as CustomResourceOptions;
                var additionalSecretOutputs = customOptions?.AdditionalSecretOutputs.ToImmutableArray() ?? ImmutableArray<string>.Empty;
                state.Record(inputs, dependencies, engineDependencies, providerReference, aliases.ToImmutable(), additionalSecretOutputs,
                    customOptions?.DeleteBeforeReplace ?? false, customOptions?.ImportId);

                string? id = null;
                var outputs = ImmutableDictionary<string, object?>.Empty;
                if (state.Type != Stack.RootPulumiStackTypeName || state.Parent != null)
                {
                    var importId = customOptions?.ImportId;
                    if (importId is null && options.Id != null)
                    {
                        // An empty id (what generated classes pass by default) means "create", not "read".
                        var readId = (await options.Id.ToOutputInternal().DataTask.ConfigureAwait(false)).Value;
                        importId = string.IsNullOrEmpty(readId) ? null : readId;
                    }

                    var (mockId, mockState) = await _mocks.NewResourceAsync(new MockResourceArgs
                    {
                        Type = state.Type,
                        Name = state.Name,
                        Inputs = Serializer.ToMockView(inputs),
                        // As Pulumi's mock monitor: the provider reference, the empty string when there is none.
                        // A component, remote or local, has none: the real SDK sends only a custom resource's (its providers map goes to the engine).
                        Provider = state.Custom ? providerReference ?? string.Empty : string.Empty,
                        // As Pulumi's mock monitor: a registration passes its import id, the empty string when there is none.
                        Id = importId ?? string.Empty,
                    }).ConfigureAwait(false);
                    id = mockId ?? importId ?? string.Empty;
                    outputs = await Serializer.SerializeStateAsync(mockState).ConfigureAwait(false);
                }

                var self = ImmutableHashSet.Create(state.Resource);
                if (state.Custom)
                {
                    var idKnown = !string.IsNullOrEmpty(id) || !_deployment.IsDryRun;
                    state.IdSource.SetResult(new OutputData<string>(self, id ?? string.Empty, idKnown, false));
                }

                state.Complete(id, outputs);
                foreach (var slot in slots)
                {
                    var secret = additionalSecretOutputs.Contains(slot.Name)
                        || (inputs.TryGetValue(slot.Name, out var input) && Serializer.IsSecret(input));
                    if (outputs.TryGetValue(slot.Name, out var raw) && raw is not UnknownValue)
                    {
                        slot.Resolve(raw, known: true, secret || Serializer.IsSecret(raw), self, $"{state.Type} '{state.Name}' output '{slot.Name}'");
                    }
                    else
                    {
                        slot.Resolve(null, known: !_deployment.IsDryRun, secret, self, $"{state.Type} '{state.Name}' output '{slot.Name}'");
                    }
                }
            }
            catch (Exception e)
            {
                state.IdSource.TrySetException(e);
                state.Fail(e);
                foreach (var slot in slots)
                {
                    slot.Fail(e);
                }

                throw;
            }
        }

        private static async Task<string> DescribeAliasAsync(Alias alias)
        {
            if (alias.Urn != null)
            {
                return alias.Urn;
            }

            var parts = new List<string>();
            if (alias.Name != null)
            {
                parts.Add("name=" + (await alias.Name.ToOutputInternal().DataTask.ConfigureAwait(false)).Value);
            }

            if (alias.Type != null)
            {
                parts.Add("type=" + (await alias.Type.ToOutputInternal().DataTask.ConfigureAwait(false)).Value);
            }

            if (alias.Parent != null)
            {
                parts.Add("parent=" + alias.Parent.State.Urn);
            }

            if (alias.NoParent)
            {
                parts.Add("noParent");
            }

            return string.Join(",", parts);
        }

        public void RegisterOutputs(ComponentResource component, Output<IDictionary<string, object?>> outputs)
            => Track(RegisterOutputsAsync(component, outputs));

        private async Task RegisterOutputsAsync(ComponentResource component, Output<IDictionary<string, object?>> outputs)
        {
            await Task.Yield();
            var data = await outputs.DataTask.ConfigureAwait(false);
            var values = data.Value ?? new Dictionary<string, object?>();
            var serialized = ImmutableDictionary.CreateBuilder<string, object?>();
            var forMocks = ImmutableDictionary.CreateBuilder<string, Output<object?>>();
            foreach (var (key, value) in values)
            {
                serialized[key] = await Serializer.SerializeAsync(value, new HashSet<Resource>()).ConfigureAwait(false);
                forMocks[key] = Output.ToObjectOutput(value);
            }

            component.State.RegisteredOutputs = serialized.ToImmutable();
            await _mocks.RegisterResourceOutputs(new MockRegisterResourceOutputsRequest(component.State.ProgramUrn, forMocks.ToImmutable())).ConfigureAwait(false);
        }

        public async Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options)
        {
            var (value, _, _) = await InvokeCoreAsync(token, args, options, typeof(T)).ConfigureAwait(false);
            return (T)value!;
        }

        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options)
        {
            var task = InvokeOutputAsync<T>(token, args, options);
            Track(task);
            return new Output<T>(task);
        }

        private async Task<OutputData<T>> InvokeOutputAsync<T>(string token, InvokeArgs args, InvokeOptions? options)
        {
            var (value, known, secret) = await InvokeCoreAsync(token, args, options, typeof(T)).ConfigureAwait(false);
            return new OutputData<T>(ImmutableHashSet<Resource>.Empty, (T)value!, known, secret);
        }

        public Output<T> Call<T>(string token, CallArgs args, Resource? self, CallOptions? options)
        {
            var task = CallOutputAsync<T>(token, args, self, options);
            Track(task);
            return new Output<T>(task);
        }

        private async Task<OutputData<T>> CallOutputAsync<T>(string token, CallArgs args, Resource? self, CallOptions? options)
        {
            var invokeOptions = options is null ? null : new InvokeOptions { Parent = options.Parent, Provider = options.Provider };
            var (value, known, secret) = await InvokeCoreAsync(token, args, invokeOptions, typeof(T), self).ConfigureAwait(false);
            return new OutputData<T>(self is null ? ImmutableHashSet<Resource>.Empty : ImmutableHashSet.Create(self), (T)value!, known, secret);
        }

        private async Task<(object? Value, bool Known, bool Secret)> InvokeCoreAsync(
            string token, InputArgs args, InvokeOptions? options, Type resultType, Resource? self = null)
        {
            var serialized = await Serializer.SerializeArgsAsync(args, new HashSet<Resource>(), null).ConfigureAwait(false);
            if (self != null)
            {
                serialized = serialized.SetItem("__self__", self.State.ProgramUrn);
            }

            if (serialized.Values.Any(v => v is UnknownValue))
            {
                return (null, false, false);
            }

            string? providerReference = null;
            if (options?.Provider is { } provider)
            {
                var providerId = await provider.State.IdSource.Task.ConfigureAwait(false);
                providerReference = $"{provider.State.ProgramUrn}::{(providerId.IsKnown ? providerId.Value : UnknownId)}";
            }

            var result = await _mocks.CallAsync(new MockCallArgs
            {
                Token = token,
                Args = Serializer.ToMockView(serialized),
                Provider = providerReference ?? string.Empty,
            }).ConfigureAwait(false);
            var state = await Serializer.SerializeStateAsync(result).ConfigureAwait(false);
            var secret = serialized.Values.Any(Serializer.IsSecret) || Serializer.IsSecret(state);
            return (Converter.Convert(state, resultType, $"result of {token}"), true, secret);
        }

        /// <summary>
        /// An error the program logged: as Pulumi's mock engine records it, so that the run fails with it as a
        /// RunException once every task is done (pulumi/pulumi-dotnet v3.112.1, sdk/Pulumi/Testing/MockEngine.cs,
        /// LogAsync; sdk/Pulumi/Deployment/Deployment_Run.cs, TryTestAsync).
        /// </summary>
        public void LogError(string message)
        {
            lock (_lock)
            {
                _errors.Add(new RunException(message));
            }
        }

        public void Track(Task task)
        {
            lock (_lock)
            {
                _pending.Add(task);
            }
        }

        public async Task WaitForAllAsync()
        {
            while (true)
            {
                Task[] batch;
                lock (_lock)
                {
                    if (_pending.Count == 0)
                    {
                        return;
                    }

                    batch = _pending.ToArray();
                    _pending.Clear();
                }

                foreach (var task in batch)
                {
                    try
                    {
                        await task.ConfigureAwait(false);
                    }
                    catch (Exception e)
                    {
                        lock (_lock)
                        {
                            if (!_errors.Contains(e))
                            {
                                _errors.Add(e);
                            }
                        }
                    }
                }
            }
        }

        /// <summary>The exceptions the program's tasks failed with, in the order they were seen.</summary>
        public ImmutableArray<Exception> Errors
        {
            get
            {
                lock (_lock)
                {
                    return _errors.ToImmutableArray();
                }
            }
        }
    }
}
