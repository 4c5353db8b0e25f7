using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Numinia.Components.Common;

/// <summary>The rules for DNS names and e-mail addresses the platform writes to Route 53 and gives ACME servers.</summary>
public static class DomainNames
{
    // A DNS name as Route53 and ACME take it: lowercase labels of letters, digits and inner hyphens, at most
    // 63 characters each, at least two labels, a top-level label that starts with a letter, 253 characters at most.
    private static readonly Regex s_domainName = new(
        "^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])\\z",
        RegexOptions.CultureInvariant);

    // The local part of an email address (dot-atoms; no quoted strings, which ACME servers reject anyway).
    private static readonly Regex s_emailLocalPart = new(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*\\z",
        RegexOptions.CultureInvariant);

    // Domains Let's Encrypt refuses as account contacts.
    private static readonly ImmutableArray<string> s_reservedEmailDomains = ImmutableArray.Create(
        "example.com", "example.net", "example.org", "example", "test", "invalid", "localhost");

    /// <summary>The longest local part of an address (RFC 5321, 4.5.3.1.1).</summary>
    public const int MaxEmailLocalPart = 64;

    /// <summary>The longest address (its path, less the brackets; RFC 5321, 4.5.3.1.3).</summary>
    public const int MaxEmailLength = 254;

    /// <summary>What a config problem of a name that is not a DNS name says is expected.</summary>
    public const string DomainNameRule = "is not a domain name (expected lowercase labels of letters, digits and hyphens joined by dots, e.g. numinia.xyz)";

    /// <summary>Whether <paramref name="name"/> is a DNS name Route 53 and ACME take.</summary>
    public static bool IsDomainName(string name) => s_domainName.IsMatch(name);

    /// <summary>
    /// Why <paramref name="email"/> cannot be an ACME account contact, or null: the address syntax with RFC 5321's lengths,
    /// and the domains Let's Encrypt refuses (letsencrypt/boulder policy/pa.go, ValidEmail: example.com, .net and .org,
    /// and a domain that does not end in a public suffix, such as example, test, invalid or localhost).
    /// </summary>
    public static string? EmailProblem(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var at = email.LastIndexOf('@');
        var local = at > 0 ? email[..at] : string.Empty;
        var domain = at > 0 ? email[(at + 1)..].ToLowerInvariant() : string.Empty;
        if (at <= 0 || !s_emailLocalPart.IsMatch(local) || !s_domainName.IsMatch(domain))
        {
            return "is not an email address (expected name@domain, e.g. platform@numinia.xyz); Let's Encrypt sends expiry notices there";
        }

        if (local.Length > MaxEmailLocalPart || email.Length > MaxEmailLength)
        {
            return $"is not an email address mail servers accept (at most {MaxEmailLocalPart} characters before the '@' and {MaxEmailLength} in all)";
        }

        return s_reservedEmailDomains.Any(r => domain == r || domain.EndsWith("." + r, StringComparison.Ordinal))
            ? $"uses the reserved domain {domain}, which Let's Encrypt refuses as an account contact"
            : null;
    }

    /// <summary>Reads a DNS name, reporting it when it is not one; whether it is.</summary>
    public static bool Check(ISettingsReader config, string key, string value)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (IsDomainName(value))
        {
            return true;
        }

        config.Problem(key, value, DomainNameRule);
        return false;
    }
}
