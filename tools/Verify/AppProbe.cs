using System.Net;
using System.Net.Sockets;

namespace Numinia.Infra.Verify;

/// <summary>
/// An application answers through Kourier: a GET of its URL (<c>--app-url</c>, else a Ready Knative Service's
/// <c>status.url</c>) sent to Kourier's address, as curl's <c>--resolve</c> does: the request keeps the application's
/// host (Kourier routes by it, and TLS checks it), while the connection goes to the address of
/// <c>--resolve host:ip</c>, or else of the <c>kourierHostname</c> output. Any status below 400 passes.
/// </summary>
public sealed class AppProbe : IVerifyCheck
{
    /// <inheritdoc/>
    public string Name => "app";

    /// <summary>A handler whose connections all go to the address given (the URL's host when null).</summary>
    public static HttpMessageHandler ConnectingTo(IPAddress? address) => new SocketsHttpHandler
    {
        ConnectCallback = async (connection, cancellation) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                var endpoint = address is null ? (EndPoint)connection.DnsEndPoint : new IPEndPoint(address, connection.DnsEndPoint.Port);
                await socket.ConnectAsync(endpoint, cancellation);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <inheritdoc/>
    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation)
    {
        var url = context.AppUrl ?? await ServiceUrl(context, cancellation);
        if (url is null)
        {
            return CheckResult.Fail(Name, "no Ready Knative Service to reach; give --app-url");
        }

        IPAddress? address;
        if (!context.Resolve.TryGetValue(url.Host, out address))
        {
            try
            {
                address = (await context.Resolver(context.Outputs.KourierHostname, cancellation)).FirstOrDefault();
            }
            catch (SocketException e)
            {
                return CheckResult.Fail(Name, $"{context.Outputs.KourierHostname} does not resolve: {e.Message}");
            }
        }

        using var client = new HttpClient(context.AppHandler(address)) { Timeout = context.Timeout };
        try
        {
            using var response = await client.GetAsync(url, cancellation);
            var status = (int)response.StatusCode;
            var via = address is null ? "" : $" via {address}";
            return status < 400
                ? CheckResult.Pass(Name, $"{url} answered {status}{via}")
                : CheckResult.Fail(Name, $"{url} answered {status}{via}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return CheckResult.Fail(Name, $"{url} did not answer: {e.Message}");
        }
    }

    private static async Task<Uri?> ServiceUrl(VerifyContext context, CancellationToken cancellation)
    {
        var services = await context.ListAsync("serving.knative.dev", "v1", "services", null, cancellation) ?? [];
        var ready = services.FirstOrDefault(s => Conditions.NotTrue(s, "Ready") is null &&
                                                  s.GetProperty("status").TryGetProperty("url", out _));
        return ready.ValueKind == System.Text.Json.JsonValueKind.Undefined ? null : new Uri(ready.GetProperty("status").GetProperty("url").GetString()!);
    }
}
