using System.Collections.Immutable;
using System.Text.Json;
using Pulumi.Testing;

namespace Pulumi
{
    /// <summary>
    /// Runs a Pulumi program. This offline build has no engine: <see cref="RunAsync(Action)"/> and
    /// its overloads refuse to deploy, while <see cref="TestAsync{TStack}(IMocks, TestOptions?)"/>
    /// and its overloads run the program against mocks, as Pulumi's mock engine does.
    /// </summary>
    public sealed class Deployment
    {
        internal const string OfflineRunMessage =
            "This program was built with the offline Pulumi SDK (PulumiSdk=Offline), which has no engine and cannot deploy. " +
            "Build it with the real Pulumi packages (the default, PulumiSdk=Real, on a machine whose package registry serves them) " +
            "and run `pulumi preview` or `pulumi up`. Offline, use the plan command instead: " +
            "`dotnet run --project tools -p:PulumiSdk=Offline -- plan`.";

        private static readonly SemaphoreSlim s_gate = new(1, 1);
        private static Deployment? s_current;

        private readonly ImmutableDictionary<string, string> _config;

        private Deployment(IMocks mocks, TestOptions? options, bool engineUrns)
        {
            EngineUrns = engineUrns;
            StackName = options?.StackName ?? "stack";
            ProjectName = options?.ProjectName ?? "project";
            OrganizationName = options?.OrganizationName ?? "organization";
            RootDirectory = options?.RootDirectory ?? Directory.GetCurrentDirectory();
            IsDryRun = options?.IsPreview ?? true;
            _config = ParseConfig();
            Engine = new Engine.MockEngine(this, mocks);
        }

        /// <summary>Whether resources see the engine's URNs (a plan) rather than the mock monitor's (TestAsync).</summary>
        internal bool EngineUrns { get; }

        internal string StackName { get; }
        internal string ProjectName { get; }
        internal string OrganizationName { get; }
        internal string RootDirectory { get; }
        internal bool IsDryRun { get; }
        internal Engine.MockEngine Engine { get; }

        /// <summary>The running deployment.</summary>
        public static DeploymentInstance Instance => new(InternalInstance);

        /// <summary>The running deployment, or null between runs.</summary>
        internal static Deployment? Current => s_current;

        internal static Deployment InternalInstance
            => s_current ?? throw new InvalidOperationException(
                "Trying to acquire Deployment.Instance before 'Run' was called: resources and config can only be used inside Deployment.RunAsync or Deployment.TestAsync.");

        internal string? GetConfig(string fullKey) => _config.TryGetValue(fullKey, out var value) ? value : null;

        private static ImmutableDictionary<string, string> ParseConfig()
        {
            var builder = ImmutableDictionary.CreateBuilder<string, string>();
            var json = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
            if (json != null)
            {
                using var document = JsonDocument.Parse(json);
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    builder[CleanKey(property.Name)] = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()!
                        : property.Value.GetRawText();
                }
            }

            return builder.ToImmutable();
        }

        // "project:config:key" is an older spelling of "project:key".
        private static string CleanKey(string key)
        {
            var parts = key.Split(':');
            return parts.Length == 3 && parts[1] == "config" ? $"{parts[0]}:{parts[2]}" : key;
        }

        public static Task<int> RunAsync(Action action) => RefuseToRun();

        public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) => RefuseToRun();

        public static Task<int> RunAsync(Func<Task> func) => RefuseToRun();

        public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null) => RefuseToRun();

        public static Task<int> RunAsync<TStack>() where TStack : Stack, new() => RefuseToRun();

        public static Task<int> RunAsync<TStack>(IServiceProvider serviceProvider) where TStack : Stack => RefuseToRun();

        private static Task<int> RefuseToRun()
        {
            Console.Error.WriteLine("error: " + OfflineRunMessage);
            return Task.FromResult(1);
        }

        /// <summary>Runs <typeparamref name="TStack"/> against the mocks and returns every resource it registered, the stack included.</summary>
        public static Task<ImmutableArray<Resource>> TestAsync<TStack>(IMocks mocks, TestOptions? options = null)
            where TStack : Stack, new()
            => TestCoreAsync(mocks, options, () => CompleteStack(new TStack()));

        public static Task<ImmutableArray<Resource>> TestWithServiceProviderAsync<TStack>(IMocks mocks, IServiceProvider serviceProvider, TestOptions? options = null)
            where TStack : Stack
            => TestCoreAsync(mocks, options, () =>
            {
                var stack = (TStack?)serviceProvider.GetService(typeof(TStack))
                    ?? throw new InvalidOperationException($"The service provider has no {typeof(TStack).FullName}.");
                CompleteStack(stack);
            });

        public static async Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
            IMocks testMocks, TestOptions testOptions, Func<Task<IDictionary<string, object?>>> createResources)
            => Split(await TestCoreAsync(testMocks, testOptions, () => CompleteStack(new TestStack(createResources))).ConfigureAwait(false));

        public static async Task<(ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs)> TestAsync(
            IMocks testMocks, TestOptions testOptions, Func<IDictionary<string, object?>> createResources)
            => Split(await TestCoreAsync(testMocks, testOptions, () => CompleteStack(new TestStack(() => Task.FromResult(createResources())))).ConfigureAwait(false));

        public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Func<Task> createResources)
            => Split(await TestCoreAsync(testMocks, testOptions, () => CompleteStack(new TestStack(async () =>
            {
                await createResources().ConfigureAwait(false);
                return ImmutableDictionary<string, object?>.Empty;
            }))).ConfigureAwait(false)).Resources;

        public static async Task<ImmutableArray<Resource>> TestAsync(IMocks testMocks, TestOptions testOptions, Action createResources)
            => Split(await TestCoreAsync(testMocks, testOptions, () => CompleteStack(new TestStack(() =>
            {
                createResources();
                return Task.FromResult<IDictionary<string, object?>>(ImmutableDictionary<string, object?>.Empty);
            }))).ConfigureAwait(false)).Resources;

        private static void CompleteStack(Stack stack)
        {
            if (stack is TestStack testStack)
            {
                testStack.Start();
                return;
            }

            stack.RegisterCollectedOutputs(stack.CollectOutputs());
        }

        private static (ImmutableArray<Resource> Resources, IDictionary<string, object?> Outputs) Split(ImmutableArray<Resource> resources)
        {
            IDictionary<string, object?> outputs = new Dictionary<string, object?>();
            var result = ImmutableArray.CreateBuilder<Resource>();
            foreach (var resource in resources)
            {
                if (resource is TestStack testStack)
                {
                    outputs = testStack.Outputs;
                    continue;
                }

                result.Add(resource);
            }

            return (result.ToImmutable(), outputs);
        }

        private static Task<ImmutableArray<Resource>> TestCoreAsync(IMocks mocks, TestOptions? options, Action run)
            => RunCoreAsync(mocks, options, run, engineUrns: false);

        /// <summary>Runs a stack from the service provider as the engine would name its resources (the plan's run).</summary>
        internal static Task<ImmutableArray<Resource>> PlanWithServiceProviderAsync<TStack>(IMocks mocks, IServiceProvider serviceProvider, TestOptions? options)
            where TStack : Stack
            => RunCoreAsync(mocks, options, () =>
            {
                var stack = (TStack?)serviceProvider.GetService(typeof(TStack))
                    ?? throw new InvalidOperationException($"The service provider has no {typeof(TStack).FullName}.");
                CompleteStack(stack);
            }, engineUrns: true);

        private static async Task<ImmutableArray<Resource>> RunCoreAsync(IMocks mocks, TestOptions? options, Action run, bool engineUrns)
        {
            await s_gate.WaitAsync().ConfigureAwait(false);
            try
            {
                var deployment = new Deployment(mocks, options, engineUrns);
                s_current = deployment;
                try
                {
                    var errors = ImmutableArray<Exception>.Empty;
                    try
                    {
                        run();
                    }
                    catch (System.Reflection.TargetInvocationException e) when (e.InnerException != null)
                    {
                        errors = ImmutableArray.Create(e.InnerException);
                    }
                    catch (Exception e)
                    {
                        errors = ImmutableArray.Create(e);
                    }

                    // As Pulumi's runner: a failing stack constructor ends the run at once; otherwise every task is awaited.
                    if (errors.IsEmpty)
                    {
                        await deployment.Engine.WaitForAllAsync().ConfigureAwait(false);
                        errors = deployment.Engine.Errors;
                    }

                    ThrowAsTestAsyncDoes(errors);
                    return deployment.Engine.Resources;
                }
                finally
                {
                    s_current = null;
                }
            }
            finally
            {
                s_gate.Release();
            }
        }

        /// <summary>
        /// Fails the way Pulumi's TestAsync does: the runner logs each error as the engine would show it (a
        /// RunException's message alone, a ResourceException's message or its whole text, any other exception as an
        /// unhandled one with its stack) and TestAsync throws one RunException per logged error (an AggregateException
        /// of them when there are several), so a test sees the message, never the original exception object.
        /// </summary>
        private static void ThrowAsTestAsyncDoes(ImmutableArray<Exception> errors)
        {
            static string Logged(Exception exception) => exception switch
            {
                RunException => exception.Message,
                ResourceException resource => resource.HideStack ? resource.Message : resource.ToString(),
                _ => $"Running program '{System.Reflection.Assembly.GetEntryAssembly()?.Location}' failed with an unhandled exception:\n{exception}",
            };

            var flat = errors.SelectMany(e => e is AggregateException aggregate ? (IEnumerable<Exception>)aggregate.Flatten().InnerExceptions : new[] { e }).ToArray();
            if (flat.Length == 1)
            {
                throw new RunException(Logged(flat[0]));
            }

            if (flat.Length > 1)
            {
                throw new AggregateException(flat.Select(e => new RunException(Logged(e))));
            }
        }

        /// <summary>The stack that the function-taking overloads of TestAsync run their function in.</summary>
        private sealed class TestStack : Stack
        {
            private readonly Func<Task<IDictionary<string, object?>>> _createResources;

            public TestStack(Func<Task<IDictionary<string, object?>>> createResources)
            {
                _createResources = createResources;
            }

            public IDictionary<string, object?> Outputs { get; private set; } = new Dictionary<string, object?>();

            public void Start()
            {
                var task = _createResources();
                InternalInstance.Engine.Track(CompleteAsync(task));
            }

            private async Task CompleteAsync(Task<IDictionary<string, object?>> task)
            {
                Outputs = await task.ConfigureAwait(false);
                RegisterCollectedOutputs(Outputs);
            }
        }
    }

    /// <summary>The public view of the running deployment.</summary>
    public sealed class DeploymentInstance
    {
        private readonly Deployment _deployment;

        internal DeploymentInstance(Deployment deployment)
        {
            _deployment = deployment;
        }

        public string StackName => _deployment.StackName;

        public string ProjectName => _deployment.ProjectName;

        public string RootDirectory => _deployment.RootDirectory;

        public string OrganizationName => _deployment.OrganizationName;

        public bool IsDryRun => _deployment.IsDryRun;

        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options = null)
            => _deployment.Engine.Invoke<T>(token, args, options);

        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOutputOptions options)
            => _deployment.Engine.Invoke<T>(token, args, options);

        public Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options = null)
            => _deployment.Engine.InvokeAsync<T>(token, args, options);

        public Task InvokeAsync(string token, InvokeArgs args, InvokeOptions? options = null)
            => _deployment.Engine.InvokeAsync<object>(token, args, options);

        /// <summary>Calls a method of a (remote) component; offline it goes to <see cref="IMocks.CallAsync"/> with the component's URN as <c>__self__</c>.</summary>
        public Output<T> Call<T>(string token, CallArgs args, Resource? self = null, CallOptions? options = null)
            => _deployment.Engine.Call<T>(token, args, self, options);

        public void Call(string token, CallArgs args, Resource? self = null, CallOptions? options = null)
            => _deployment.Engine.Call<object>(token, args, self, options);
    }
}
