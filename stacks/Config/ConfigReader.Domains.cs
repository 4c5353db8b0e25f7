using Numinia.Components.Common;

namespace Numinia.Stacks.Config;

// The DNS-name and e-mail rules (DomainNames) for the keys the reader reads itself.
public sealed partial class ConfigReader
{
    private bool DomainName(string key, string value) => DomainNames.Check(this, key, value);

    private static string? EmailProblem(string email) => DomainNames.EmailProblem(email);
}
