using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    private static IEnumerable<KeyValuePair<string, Shape>> AccessShapes() => new Dictionary<string, Shape>
    {
        // Keys and certificates: PEM-shaped but fake, derived from the resource name, so that every
        // resource's PEM differs and two plans of the same config are identical.
        ["tls:index/privateKey:PrivateKey"] = new("", (a, s, m) =>
        {
            var algorithm = (string?)s.GetValueOrDefault("algorithm") ?? "RSA";
            s["algorithm"] = algorithm;
            if (algorithm == "RSA")
            {
                s["rsaBits"] = s.GetValueOrDefault("rsaBits") ?? 2048.0;
            }
            else if (algorithm == "ECDSA")
            {
                s["ecdsaCurve"] = s.GetValueOrDefault("ecdsaCurve") ?? "P224";
            }

            var keyLabel = algorithm switch { "RSA" => "RSA PRIVATE KEY", "ECDSA" => "EC PRIVATE KEY", _ => "PRIVATE KEY" };
            s["privateKeyPem"] = Pem(keyLabel, "private-key:" + a.Name);
            s["privateKeyPemPkcs8"] = Pem("PRIVATE KEY", "private-key-pkcs8:" + a.Name);
            s["privateKeyOpenssh"] = Pem("OPENSSH PRIVATE KEY", "private-key-openssh:" + a.Name);
            s["publicKeyPem"] = Pem("PUBLIC KEY", "public-key:" + a.Name);
            var sshType = algorithm switch { "RSA" => "ssh-rsa", "ECDSA" => "ecdsa-sha2-nistp256", _ => "ssh-ed25519" };
            s["publicKeyOpenssh"] = $"{sshType} {Base64Of("public-key-openssh:" + a.Name, 64)}\n";
            s["publicKeyFingerprintMd5"] = Fingerprint(MD5.HashData(Encoding.UTF8.GetBytes("public-key:" + a.Name)));
            s["publicKeyFingerprintSha256"] = "SHA256:" + Base64Of("public-key:" + a.Name, 32).TrimEnd('=');
            // The provider's id is the SHA-1 of the public key.
            s["id"] = m.Hex("public-key:" + a.Name, 40);
        }),
        ["tls:index/selfSignedCert:SelfSignedCert"] = new("", (a, s, m) =>
        {
            s["certPem"] = Pem("CERTIFICATE", "certificate:" + a.Name);
            s["keyAlgorithm"] = KeyAlgorithmOf(s.GetValueOrDefault("privateKeyPem"));
            s["readyForRenewal"] = false;
            s["id"] = SerialOf(a.Name!);
        }),
        ["tls:index/certRequest:CertRequest"] = new("", (a, s, m) =>
        {
            s["certRequestPem"] = Pem("CERTIFICATE REQUEST", "certificate-request:" + a.Name);
            s["keyAlgorithm"] = KeyAlgorithmOf(s.GetValueOrDefault("privateKeyPem"));
            s["id"] = m.Hex("certificate-request:" + a.Name, 40);
        }),
        ["tls:index/locallySignedCert:LocallySignedCert"] = new("", (a, s, m) =>
        {
            s["certPem"] = Pem("CERTIFICATE", "certificate:" + a.Name);
            s["caKeyAlgorithm"] = KeyAlgorithmOf(s.GetValueOrDefault("caPrivateKeyPem"));
            s["readyForRenewal"] = false;
            s["id"] = SerialOf(a.Name!);
        }),
        ["aws:acm/certificate:Certificate"] = new("", (a, s, m) =>
        {
            var hex = m.Hex("acm:" + a.Name, 32);
            // A certificate lives in the region it is asked for (us-east-1 for CloudFront), else the stack's.
            var region = (string?)s.GetValueOrDefault("region") ?? m.Region;
            // An imported certificate is imported by its ARN.
            s["arn"] = string.IsNullOrEmpty(a.Id) ? $"arn:aws:acm:{region}:{m.AccountId}:certificate/{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}" : a.Id;
            s["id"] = s["arn"];
            s["type"] = s.ContainsKey("certificateBody") ? "IMPORTED" : "AMAZON_ISSUED";
            s["status"] = s.ContainsKey("certificateBody") ? "ISSUED" : "PENDING_VALIDATION";
            s["keyAlgorithm"] = KeyAlgorithmOf(s.GetValueOrDefault("privateKey")) == "ECDSA" ? "EC_prime256v1" : "RSA_2048";
            s["region"] = region;
            if (s.GetValueOrDefault("validationMethod") as string == "DNS")
            {
                s["domainValidationOptions"] = DnsValidationOptions(s);
            }
        }),
        ["aws:ec2clientvpn/endpoint:Endpoint"] = new("cvpn-endpoint-", (a, s, m) =>
        {
            s["arn"] = m.Arn("ec2", $"client-vpn-endpoint/{s["id"]}");
            s["dnsName"] = $"*.{s["id"]}.prod.clientvpn.{m.Region}.amazonaws.com";
            s["selfServicePortalUrl"] = string.Empty;
            s["region"] = m.Region;
        }),
        ["aws:ec2clientvpn/networkAssociation:NetworkAssociation"] = new("cvpn-assoc-", (a, s, m) =>
        {
            s["associationId"] = s["id"];
            s["region"] = m.Region;
        }),
        ["aws:ec2clientvpn/authorizationRule:AuthorizationRule"] = new("", (a, s, m) =>
        {
            // The provider's id: endpoint id and target network, comma-separated.
            s["id"] = $"{s.GetValueOrDefault("clientVpnEndpointId")},{s.GetValueOrDefault("targetNetworkCidr")}";
            s["region"] = m.Region;
        }),
        ["aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"] = new("sgr-", (a, s, m) =>
            s["arn"] = m.Arn("ec2", $"security-group-rule/{s["id"]}")),
        ["aws:ec2/securityGroup:SecurityGroup"] = new("sg-", (a, s, m) =>
        {
            s["arn"] = m.Arn("ec2", $"security-group/{s["id"]}");
            s["name"] = s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["ownerId"] = m.AccountId;
            s["region"] = m.Region;
        }),
    };

    // ACM asks for one CNAME per name on the certificate, _<token>.<name>. pointing into acm-validations.aws.;
    // a wildcard shares its base name's record.
    private static ImmutableArray<object> DnsValidationOptions(ImmutableDictionary<string, object>.Builder state)
    {
        var names = new[] { state.GetValueOrDefault("domainName") }
            .Concat(state.GetValueOrDefault("subjectAlternativeNames") as IEnumerable<object> ?? [])
            .OfType<string>()
            .Distinct(StringComparer.Ordinal);
        return names.Select(name =>
        {
            var bare = name.StartsWith("*.", StringComparison.Ordinal) ? name[2..] : name;
            return (object)new Dictionary<string, object>
            {
                ["domainName"] = name,
                ["resourceRecordName"] = $"_{HexOf("acm-validation-name:" + bare, 32)}.{bare}.",
                ["resourceRecordType"] = "CNAME",
                ["resourceRecordValue"] = $"_{HexOf("acm-validation-value:" + bare, 32)}.{HexOf("acm-validation-label:" + bare, 10)}.acm-validations.aws.",
            };
        }).ToImmutableArray();
    }

    private static string Pem(string label, string seed)
    {
        var body = Base64Of(seed, 192);
        var lines = Enumerable.Range(0, body.Length / 64).Select(i => body.Substring(i * 64, 64));
        return $"-----BEGIN {label}-----\n{string.Join('\n', lines)}\n-----END {label}-----\n";
    }

    // Base64 of a deterministic byte stream (SHA-256 chained over the seed), cut to a length.
    private static string Base64Of(string seed, int length)
    {
        var bytes = new List<byte>();
        var block = Encoding.UTF8.GetBytes(seed);
        while (bytes.Count * 4 / 3 < length + 4)
        {
            block = SHA256.HashData(block);
            bytes.AddRange(block);
        }

        return Convert.ToBase64String(bytes.ToArray())[..length];
    }

    private static string Fingerprint(byte[] hash) => string.Join(':', hash.Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    // A certificate's id is its serial number, a decimal integer.
    private static string SerialOf(string name)
        => new System.Numerics.BigInteger(SHA256.HashData(Encoding.UTF8.GetBytes("serial:" + name))[..16], isUnsigned: true)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string KeyAlgorithmOf(object? privateKeyPem) => privateKeyPem switch
    {
        string pem when pem.Contains("BEGIN EC PRIVATE KEY", StringComparison.Ordinal) => "ECDSA",
        string pem when pem.Contains("BEGIN RSA PRIVATE KEY", StringComparison.Ordinal) => "RSA",
        string => "ED25519",
        _ => "RSA",
    };
}
