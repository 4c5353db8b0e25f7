using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Numinia.Infra.Verify;
using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The verify command against a fake Kubernetes API server on loopback that serves recorded objects
/// (Fixtures/verify/healthy.json, keyed by the API paths the client reads) for a healthy platform; each failure test
/// breaks one object the way its controller reports the failure, and expects exit 1 and a FAIL line naming it.
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class VerifyTests
{
    private static readonly IPAddress KourierAddress = IPAddress.Parse("203.0.113.10");

    // The kubeconfigs the tests write, removed with their folder at the end.
    private static readonly string KubeconfigFolder = Path.Combine(Path.GetTempPath(), $"verify-tests-{Guid.NewGuid():N}");

    [OneTimeSetUp]
    public void CreateKubeconfigFolder() => Directory.CreateDirectory(KubeconfigFolder);

    [OneTimeTearDown]
    public void RemoveKubeconfigFolder() => Directory.Delete(KubeconfigFolder, recursive: true);

    [Test]
    public async Task AHealthyPlatformPassesEveryCheck()
    {
        var run = await Verify();

        Assert.That(run.Code, Is.EqualTo(0), run.Out + run.Err);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(VerifyCommand.Checks.Length + 1));
        Assert.That(lines.SkipLast(1), Has.All.StartsWith("PASS  "));
        Assert.That(lines[^1], Is.EqualTo($"PASS  numinia-prod: {VerifyCommand.Checks.Length} passed, 0 failed"));
    }

    [Test]
    public async Task ANotReadyNodeFails()
    {
        var run = await Verify(f => Condition(f, "/api/v1/nodes", 0, "Ready")["status"] = "False");

        AssertFails(run, "nodes", "ip-10-0-1-10.eu-west-1.compute.internal of numinia-prod-general-a not Ready");
    }

    [Test]
    public async Task AGroupWithAMinimumAndNoNodeFails()
    {
        var run = await Verify(f => Items(f, "/api/v1/nodes").RemoveAt(2));

        AssertFails(run, "nodes", "node group numinia-prod-compute has no Ready node");
    }

    [Test]
    public async Task AGroupScaledToZeroMayHaveNoNode()
    {
        var run = await Verify(args: ["--only", "nodes"]);

        Assert.That(run.Code, Is.EqualTo(0), run.Out);
        Assert.That(run.Out, Does.Contain("numinia-prod-gpu 0/0"));
    }

    [Test]
    public async Task AFailedReleaseFails()
    {
        // Helm's latest version of the release decides; the older versions are superseded (helm v3 pkg/release/status.go).
        var run = await Verify(f => Items(f, "/api/v1/secrets").Add(Release("cert-manager", "cert-manager", 3, "failed")));

        AssertFails(run, "releases", "release cert-manager/cert-manager version 3 is failed");
    }

    [Test]
    public async Task AReleaseWhosePodsAreNotReadyFails()
    {
        var run = await Verify(f => Items(f, "/apis/apps/v1/deployments")[0]!["status"]!["availableReplicas"] = 1);

        AssertFails(run, "releases", "deployment cert-manager/cert-manager 1/2 available");
    }

    [Test]
    public async Task ARolloutWithOldReplicasLeftFails()
    {
        // kubectl rollout status waits while status.replicas exceeds the updated ones (kubectl pkg/polymorphichelpers/rollout_status.go).
        var run = await Verify(f => Items(f, "/apis/apps/v1/deployments")[0]!["status"]!["replicas"] = 3);

        AssertFails(run, "releases", "deployment cert-manager/cert-manager 2/2 available, 2 updated, 3 in all");
    }

    [Test]
    public async Task AWorkloadOutsideTheReleasesIsNotJudged()
    {
        var run = await Verify(f => Items(f, "/apis/apps/v1/deployments")[2]!["status"]!["availableReplicas"] = 0, args: ["--only", "releases"]);

        Assert.That(run.Code, Is.EqualTo(0), run.Out);
    }

    [Test]
    public async Task ACrdNotEstablishedFails()
    {
        var run = await Verify(f => Condition(f, "/apis/apiextensions.k8s.io/v1/customresourcedefinitions", 1, "Established")["status"] = "False");

        AssertFails(run, "crds", "CRD clusterissuers.cert-manager.io not Established");
    }

    [Test]
    public Task AnIssuerNotReadyFails() =>
        NotReadyFails("/apis/cert-manager.io/v1/clusterissuers", "ErrRegisterACMEAccount", "issuers", "ClusterIssuer letsencrypt-prod Ready=False ErrRegisterACMEAccount");

    [Test]
    public async Task AnIssuerTheOutputsNameButAbsentFails()
    {
        var run = await Verify(f => Items(f, "/apis/cert-manager.io/v1/clusterissuers").RemoveAt(1));

        AssertFails(run, "issuers", "ClusterIssuer letsencrypt-staging not found");
    }

    [Test]
    public Task ACertificateNotReadyFails() =>
        NotReadyFails("/apis/cert-manager.io/v1/certificates", "DoesNotExist", "certificates", "Certificate knative-serving/wildcard Ready=False DoesNotExist");

    [Test]
    public Task AStoreNotValidFails() =>
        NotReadyFails("/apis/external-secrets.io/v1/clustersecretstores", "InvalidProviderConfig", "secret-stores", "ClusterSecretStore aws-secrets-manager Ready=False InvalidProviderConfig");

    [Test]
    public Task ATenantStoreNotValidFails() =>
        NotReadyFails("/apis/external-secrets.io/v1/secretstores", "InvalidProviderConfig", "secret-stores", "SecretStore acme-prod/tenant Ready=False");

    [Test]
    public Task KnativeServingNotReadyFails() =>
        NotReadyFails("/apis/operator.knative.dev/v1beta1/namespaces/knative-serving/knativeservings", "NotReady", "knative-serving", "KnativeServing knative-serving/knative-serving Ready=False NotReady");

    [Test]
    public Task AKustomizationFailingFails() =>
        NotReadyFails("/apis/kustomize.toolkit.fluxcd.io/v1/kustomizations", "BuildFailed", "flux", "Kustomization flux-system/apps Ready=False BuildFailed");

    [Test]
    public async Task FluxNotInstalledFails()
    {
        var run = await Verify(f => f.Remove("/apis/source.toolkit.fluxcd.io/v1/gitrepositories"));

        AssertFails(run, "flux", "Flux is not installed");
    }

    [Test]
    public async Task TheAppAnswering503Fails()
    {
        var run = await Verify(appStatus: HttpStatusCode.ServiceUnavailable);

        AssertFails(run, "app", "https://hello.acme-prod.apps.numinia.xyz/ answered 503 via 203.0.113.10");
    }

    [Test]
    public async Task TheAppIsReachedAtTheAddressOfResolve()
    {
        var run = await Verify(args: ["--only", "app", "--app-url", "https://shop.example.com/health", "--resolve", "shop.example.com:443:198.51.100.7"]);

        Assert.That(run.Code, Is.EqualTo(0), run.Out);
        Assert.That(run.Out, Does.Contain("PASS  app  https://shop.example.com/health answered 200 via 198.51.100.7"));
    }

    [Test]
    public async Task DnsNotResolvingFails()
    {
        // The app check reaches Kourier by the same name, so it is left out here.
        var run = await Verify(dnsResolves: false, args: ["--only", "nodes,dns"]);

        AssertFails(run, "dns", "kourier.apps.numinia.xyz does not resolve");
    }

    [Test]
    public async Task AnUnreachableApiServerExitsTwoWithOneLine()
    {
        var port = FreePort();
        var kubeconfig = Kubeconfig(port);
        var err = new StringWriter();

        var code = await VerifyCommand.RunAsync(["--outputs", Fixture("outputs.json"), "--kubeconfig", kubeconfig, "--timeout", "2"], new StringWriter(), err,
            Resolver(true), _ => new Answering(HttpStatusCode.OK));

        Assert.That(code, Is.EqualTo(VerifyCommand.Unreachable));
        Assert.That(err.ToString().TrimEnd().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(err.ToString(), Does.StartWith($"verify: cannot reach the cluster API at http://127.0.0.1:{port}"));
    }

    [Test]
    public async Task AnUnknownCheckIsAUsageError()
    {
        var run = await Verify(args: ["--only", "everything"]);

        Assert.That(run.Code, Is.EqualTo(64));
        Assert.That(run.Err, Does.Contain("--only: no check everything"));
    }

    /// <summary>The first object at the path reports Ready False with the reason: the check fails naming it.</summary>
    private static async Task NotReadyFails(string path, string reason, string check, string detail) =>
        AssertFails(await Verify(f => NotReady(f, path, reason)), check, detail);

    private static void AssertFails((int Code, string Out, string Err) run, string check, string detail)
    {
        Assert.That(run.Code, Is.EqualTo(VerifyCommand.Failed), run.Out + run.Err);
        var line = run.Out.Split('\n').SingleOrDefault(l => l.StartsWith($"FAIL  {check}  ", StringComparison.Ordinal));
        Assert.That(line, Does.Contain(detail), run.Out);
        Assert.That(run.Out.Split('\n').Count(l => l.StartsWith("FAIL  ", StringComparison.Ordinal)), Is.EqualTo(2), "only this check and the summary fail");
    }

    private static async Task<(int Code, string Out, string Err)> Verify(Action<JsonObject>? breakIt = null,
        HttpStatusCode appStatus = HttpStatusCode.OK, bool dnsResolves = true, string[]? args = null)
    {
        var fixture = JsonNode.Parse(await File.ReadAllTextAsync(Fixture("healthy.json")))!.AsObject();
        breakIt?.Invoke(fixture);
        using var server = new FakeApiServer(fixture);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] common = ["--outputs", Fixture("outputs.json"), "--kubeconfig", Kubeconfig(server.Port), "--scaled-to-zero", "numinia-prod-gpu"];
        var code = await VerifyCommand.RunAsync([.. common, .. args ?? []], stdout, stderr, Resolver(dnsResolves), _ => new Answering(appStatus));
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static HostResolver Resolver(bool resolves) => (host, _) =>
        resolves ? Task.FromResult(new[] { KourierAddress }) : throw new SocketException((int)SocketError.HostNotFound);

    private static JsonArray Items(JsonObject fixture, string path) => fixture[path]!["items"]!.AsArray();

    private static JsonNode Condition(JsonObject fixture, string path, int item, string type) =>
        Items(fixture, path)[item]!["status"]!["conditions"]!.AsArray().Single(c => (string?)c!["type"] == type)!;

    private static void NotReady(JsonObject fixture, string path, string reason)
    {
        var ready = Condition(fixture, path, 0, "Ready");
        ready["status"] = "False";
        ready["reason"] = reason;
    }

    private static JsonObject Release(string ns, string name, int version, string status) => new()
    {
        ["metadata"] = new JsonObject
        {
            ["name"] = $"sh.helm.release.v1.{name}.v{version}",
            ["namespace"] = ns,
            ["labels"] = new JsonObject { ["owner"] = "helm", ["name"] = name, ["version"] = $"{version}", ["status"] = status },
        },
        ["type"] = "helm.sh/release.v1",
    };

    private static string Fixture(string name) => Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "verify", name);

    private static string Kubeconfig(int port)
    {
        var path = Path.Combine(KubeconfigFolder, $"kubeconfig-{port}-{Guid.NewGuid():N}");
        File.WriteAllText(path, $"""
            apiVersion: v1
            kind: Config
            clusters:
            - name: fake
              cluster:
                server: http://127.0.0.1:{port}
            users:
            - name: verifier
              user:
                token: test-token
            contexts:
            - name: fake
              context:
                cluster: fake
                user: verifier
            current-context: fake
            """);
        return path;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Answers every request of the application check with one status.</summary>
    private sealed class Answering(HttpStatusCode status) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { RequestMessage = request });
    }

    /// <summary>
    /// Serves the recorded objects at their API paths (the query, such as a label selector, is ignored: the fixture
    /// holds only what it selects) and the API server's 404 Status for any other path, as for a CRD not installed.
    /// </summary>
    private sealed class FakeApiServer : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly JsonObject objects;

        public FakeApiServer(JsonObject objects)
        {
            this.objects = objects;
            Port = FreePort();
            listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
            listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public int Port { get; }

        public void Dispose() => listener.Close();

        private async Task ServeAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                var path = context.Request.Url!.AbsolutePath;
                var found = objects[path];
                var body = found?.ToJsonString() ??
                           """{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"NotFound","code":404}""";
                context.Response.StatusCode = found is null ? 404 : 200;
                context.Response.ContentType = "application/json";
                var bytes = Encoding.UTF8.GetBytes(body);
                context.Response.ContentLength64 = bytes.Length;
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        }
    }
}
