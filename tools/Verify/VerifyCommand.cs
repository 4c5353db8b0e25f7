using System.Collections.Immutable;
using System.Net;
using k8s;
using k8s.Exceptions;
using Numinia.Infra.Plan;

namespace Numinia.Infra.Verify;

/// <summary>
/// <c>verify</c>: checks a running platform from its stack outputs and kubeconfig, one line per check, and exits 0 when
/// every check passes, 1 when one fails, 2 when the cluster cannot be reached and 64 on a usage error. The cutover
/// runs it before every DNS move.
/// </summary>
public static class VerifyCommand
{
    /// <summary>Some check failed.</summary>
    public const int Failed = 1;

    /// <summary>The cluster's API server could not be reached.</summary>
    public const int Unreachable = 2;

    /// <summary>The checks, in the order they run and print.</summary>
    public static ImmutableArray<IVerifyCheck> Checks { get; } =
    [
        new NodesCheck(), new ReleasesCheck(), new CrdsCheck(), new IssuersCheck(), new CertificatesCheck(),
        new SecretStoresCheck(), new KnativeServingCheck(), new FluxCheck(), new AppProbe(), new DnsCheck(),
    ];

    private const string UsageText =
        "usage: verify --outputs FILE [--kubeconfig FILE] [--only CHECK,...] [--timeout SECONDS] [--app-url URL] " +
        "[--resolve HOST:IP]... [--scaled-to-zero GROUP,...]";

    /// <summary>Runs the command; a test passes its own resolver and application handler.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr,
        HostResolver? resolver = null, Func<IPAddress?, HttpMessageHandler>? appHandler = null)
    {
        var options = new Dictionary<string, List<string>>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 == args.Length)
            {
                return Usage(stderr, $"unexpected argument {args[i]}");
            }

            options.TryAdd(args[i], []);
            options[args[i]].Add(args[++i]);
        }

        string? One(string key) => options.TryGetValue(key, out var v) ? v[^1] : null;
        IEnumerable<string> List(string key) =>
            options.TryGetValue(key, out var v) ? v.SelectMany(s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) : [];

        var known = new[] { "--outputs", "--kubeconfig", "--only", "--timeout", "--app-url", "--resolve", "--scaled-to-zero" };
        if (options.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            return Usage(stderr, $"unknown option {unknown}");
        }

        if (One("--outputs") is not { } outputsFile || !File.Exists(outputsFile))
        {
            return Usage(stderr, "--outputs must name the JSON of `pulumi stack output --json --show-secrets`");
        }

        var only = List("--only").ToHashSet();
        if (only.FirstOrDefault(n => Checks.All(c => c.Name != n)) is { } unknownCheck)
        {
            return Usage(stderr, $"--only: no check {unknownCheck} (checks: {string.Join(", ", Checks.Select(c => c.Name))})");
        }

        var timeout = TimeSpan.FromSeconds(10);
        if (One("--timeout") is { } t)
        {
            if (!double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out var seconds) || seconds <= 0)
            {
                return Usage(stderr, $"--timeout {t}: expected a positive number of seconds");
            }

            timeout = TimeSpan.FromSeconds(seconds);
        }

        Uri? appUrl = null;
        if (One("--app-url") is { } u && (!Uri.TryCreate(u, UriKind.Absolute, out appUrl) || appUrl.Scheme is not ("http" or "https")))
        {
            return Usage(stderr, $"--app-url {u}: expected an http or https URL");
        }

        var resolve = new Dictionary<string, IPAddress>(StringComparer.OrdinalIgnoreCase);
        foreach (var pin in List("--resolve"))
        {
            // curl's form is host:port:ip; host:ip is accepted too, the port being the URL's.
            var parts = pin.Split(':', 3);
            if (parts.Length < 2 || !IPAddress.TryParse(parts[^1], out var ip))
            {
                return Usage(stderr, $"--resolve {pin}: expected HOST:IP or HOST:PORT:IP");
            }

            resolve[parts[0]] = ip;
        }

        VerifyOutputs outputs;
        try
        {
            outputs = VerifyOutputs.Parse(await File.ReadAllTextAsync(outputsFile), out var missing);
            if (missing.Count > 0)
            {
                return Usage(stderr, $"--outputs {outputsFile}: no output {string.Join(", ", missing)}");
            }
        }
        catch (System.Text.Json.JsonException e)
        {
            return Usage(stderr, $"--outputs {outputsFile}: not JSON ({e.Message})");
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("KUBECONFIG")?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var kubeconfig = One("--kubeconfig") ?? fromEnvironment?.FirstOrDefault() ??
                         Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".kube", "config");
        KubernetesClientConfiguration configuration;
        try
        {
            configuration = KubernetesClientConfiguration.BuildConfigFromConfigFile(kubeconfig);
        }
        catch (Exception e) when (e is KubeConfigException or IOException)
        {
            return Usage(stderr, $"--kubeconfig {kubeconfig}: {e.Message}");
        }

        configuration.HttpClientTimeout = timeout;
        using var client = new Kubernetes(configuration);
        var context = new VerifyContext
        {
            Client = client,
            Outputs = outputs,
            AppUrl = appUrl,
            Resolve = resolve,
            ScaledToZero = List("--scaled-to-zero").ToHashSet(),
            Resolver = resolver ?? ((host, cancellation) => Dns.GetHostAddressesAsync(host, cancellation)),
            AppHandler = appHandler ?? AppProbe.ConnectingTo,
            Timeout = timeout,
        };

        var passed = 0;
        var failed = 0;
        foreach (var check in Checks.Where(c => only.Count == 0 || only.Contains(c.Name)))
        {
            CheckResult result;
            try
            {
                result = await check.RunAsync(context, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // The API server did not answer at all: no check can say anything, so none is reported as failed.
                await stderr.WriteLineAsync($"verify: cannot reach the cluster API at {configuration.Host}: {e.Message}");
                return Unreachable;
            }
            catch (k8s.Autorest.HttpOperationException e)
            {
                result = CheckResult.Fail(check.Name, $"the API server answered {(int)e.Response.StatusCode} {e.Response.ReasonPhrase}");
            }

            await stdout.WriteLineAsync(result.ToString());
            (passed, failed) = result.Passed ? (passed + 1, failed) : (passed, failed + 1);
        }

        await stdout.WriteLineAsync($"{(failed == 0 ? "PASS" : "FAIL")}  {outputs.ClusterName}: {passed} passed, {failed} failed");
        return failed == 0 ? 0 : Failed;
    }

    private static int Usage(TextWriter stderr, string problem)
    {
        stderr.WriteLine($"verify: {problem}");
        stderr.WriteLine(UsageText);
        return PlanCommand.Usage;
    }
}
