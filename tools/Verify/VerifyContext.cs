using System.Net;
using System.Text.Json;
using k8s;
using k8s.Autorest;

namespace Numinia.Infra.Verify;

/// <summary>Resolves a host name to its addresses.</summary>
public delegate Task<IPAddress[]> HostResolver(string host, CancellationToken cancellation);

/// <summary>
/// What the checks read: the cluster's API, the stack outputs, the command's options, and the two ways out of the
/// cluster (name resolution and HTTP), which tests replace.
/// </summary>
public sealed class VerifyContext
{
    /// <summary>The cluster's API.</summary>
    public required IKubernetes Client { get; init; }

    /// <summary>The stack outputs.</summary>
    public required VerifyOutputs Outputs { get; init; }

    /// <summary>The URL of an application to reach through Kourier; null to take a Ready Knative Service's.</summary>
    public Uri? AppUrl { get; init; }

    /// <summary>Host names pinned to an address, as curl's <c>--resolve host:port:ip</c>.</summary>
    public IReadOnlyDictionary<string, IPAddress> Resolve { get; init; } = new Dictionary<string, IPAddress>();

    /// <summary>Node groups whose minimum size is zero, which may have no node.</summary>
    public IReadOnlySet<string> ScaledToZero { get; init; } = new HashSet<string>();

    /// <summary>How host names resolve (System.Net.Dns unless a test replaces it).</summary>
    public HostResolver Resolver { get; init; } = (host, cancellation) => Dns.GetHostAddressesAsync(host, cancellation);

    /// <summary>
    /// The HTTP handler of the application check, given the address every connection goes to (null: the URL's host);
    /// a test replaces it to answer without a network.
    /// </summary>
    public Func<IPAddress?, HttpMessageHandler> AppHandler { get; init; } = AppProbe.ConnectingTo;

    /// <summary>How long the application may take to answer.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The items of a custom resource list across namespaces (<c>/apis/group/version/plural</c>), or of one namespace;
    /// null when the API server does not serve the resource (its CRD is not installed).
    /// </summary>
    public async Task<IReadOnlyList<JsonElement>?> ListAsync(string group, string version, string plural, string? ns, CancellationToken cancellation)
    {
        try
        {
            var list = ns is null
                ? await Client.CustomObjects.ListClusterCustomObjectAsync<JsonElement>(group, version, plural, cancellationToken: cancellation)
                : await Client.CustomObjects.ListNamespacedCustomObjectAsync<JsonElement>(group, version, ns, plural, cancellationToken: cancellation);
            return Conditions.Items(list);
        }
        catch (HttpOperationException e) when (e.Response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
