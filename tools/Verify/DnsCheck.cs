namespace Numinia.Infra.Verify;

/// <summary>
/// <c>kourier.&lt;baseDomain&gt;</c> resolves: external-dns writes it as an alias of Kourier's load balancer, and
/// custom domains CNAME to it, so a DNS move is safe only once it answers.
/// </summary>
public sealed class DnsCheck : IVerifyCheck
{
    /// <inheritdoc/>
    public string Name => "dns";

    /// <inheritdoc/>
    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation)
    {
        var host = $"kourier.{context.Outputs.BaseDomain}";
        try
        {
            var addresses = await context.Resolver(host, cancellation);
            return addresses.Length > 0
                ? CheckResult.Pass(Name, $"{host} resolves to {string.Join(", ", addresses.Select(a => a.ToString()))}")
                : CheckResult.Fail(Name, $"{host} resolves to no address");
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return CheckResult.Fail(Name, $"{host} does not resolve: {e.Message}");
        }
    }
}
