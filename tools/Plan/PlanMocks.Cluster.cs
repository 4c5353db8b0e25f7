using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    private static IEnumerable<KeyValuePair<string, Shape>> ClusterShapes() => new Dictionary<string, Shape>
    {
        ["aws:kms/key:Key"] = new("", (a, s, m) =>
        {
            var keyId = m.ClusterUuid("kms-key:" + a.Name);
            // A key declared in another region (Pulumi.Aws 7's per-resource region) is that region's.
            var region = (string?)s.GetValueOrDefault("region") ?? m.Region;
            s["id"] = keyId;
            s["keyId"] = keyId;
            s["arn"] = $"arn:aws:kms:{region}:{m.AccountId}:key/{keyId}";
            s["isEnabled"] = s.GetValueOrDefault("isEnabled") ?? true;
            s["keyUsage"] = s.GetValueOrDefault("keyUsage") ?? "ENCRYPT_DECRYPT";
            s["customerMasterKeySpec"] = s.GetValueOrDefault("customerMasterKeySpec") ?? "SYMMETRIC_DEFAULT";
            s["multiRegion"] = s.GetValueOrDefault("multiRegion") ?? false;
            s["enableKeyRotation"] = s.GetValueOrDefault("enableKeyRotation") ?? false;
            s["rotationPeriodInDays"] = s.GetValueOrDefault("rotationPeriodInDays") ?? 365.0;
            s["deletionWindowInDays"] = s.GetValueOrDefault("deletionWindowInDays") ?? 30.0;
            s["region"] = region;
        }),
        ["aws:kms/alias:Alias"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("name") ?? $"{s.GetValueOrDefault("namePrefix") ?? "alias/"}{m.Hex(a.Name!, 26)}";
            var target = (string?)s.GetValueOrDefault("targetKeyId") ?? string.Empty;
            s["id"] = name;
            s["name"] = name;
            s["arn"] = m.Arn("kms", name);
            // targetKeyId may be a key id or a key ARN; the provider reports both forms.
            s["targetKeyArn"] = target.StartsWith("arn:", StringComparison.Ordinal) ? target : m.Arn("kms", $"key/{target}");
            s["targetKeyId"] = target.StartsWith("arn:", StringComparison.Ordinal) ? target[(target.LastIndexOf('/') + 1)..] : target;
            s["region"] = m.Region;
        }),
        // The Pulumi.Eks cluster: a remote component whose scalar outputs are what the program reads.
        ["eks:index:Cluster"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name! + "-eksCluster");
            var oidcId = m.Hex("eks-oidc:" + name, 32).ToUpperInvariant();
            var endpoint = $"https://{m.Hex("eks-endpoint:" + name, 32).ToUpperInvariant()}.gr7.{m.Region}.eks.amazonaws.com";
            var issuerUrl = $"https://oidc.eks.{m.Region}.amazonaws.com/id/{oidcId}";
            s["id"] = name;
            s["kubeconfigJson"] = m.EksKubeconfigJson(name, endpoint, m.EksCertificateAuthorityData(name));
            s["oidcProviderArn"] = s.GetValueOrDefault("createOidcProvider") is true
                ? $"arn:aws:iam::{m.AccountId}:oidc-provider/oidc.eks.{m.Region}.amazonaws.com/id/{oidcId}"
                : string.Empty;
            s["oidcProviderUrl"] = issuerUrl;
            s["oidcIssuer"] = issuerUrl["https://".Length..];
            s["clusterSecurityGroupId"] = m.PhysicalId("sg-", a.Name + "-eksClusterSecurityGroup");
            s["nodeSecurityGroupId"] = m.PhysicalId("sg-", a.Name + "-nodeSecurityGroup");
            s["clusterIngressRuleId"] = m.PhysicalId("sgrule-", a.Name + "-eksClusterIngressRule");
        }),
        ["aws:eks/addon:Addon"] = new("", (a, s, m) =>
        {
            var cluster = (string?)s.GetValueOrDefault("clusterName") ?? "cluster";
            var addon = (string?)s.GetValueOrDefault("addonName") ?? a.Name!;
            // The provider's id: cluster and add-on names, colon-separated.
            s["id"] = $"{cluster}:{addon}";
            s["arn"] = m.Arn("eks", $"addon/{cluster}/{addon}/{m.ClusterUuid("addon:" + a.Name)}");
            s["addonVersion"] = s.GetValueOrDefault("addonVersion") ?? "v1.0.0-eksbuild.1";
            s["configurationValues"] = s.GetValueOrDefault("configurationValues") ?? string.Empty;
            s["createdAt"] = "2026-01-01T00:00:00Z";
            s["modifiedAt"] = "2026-01-01T00:00:00Z";
            s["region"] = m.Region;
        }),
        ["aws:efs/fileSystem:FileSystem"] = new("fs-", (a, s, m) =>
        {
            s["arn"] = m.Arn("elasticfilesystem", $"file-system/{s["id"]}");
            s["dnsName"] = $"{s["id"]}.efs.{m.Region}.amazonaws.com";
            s["creationToken"] = s.GetValueOrDefault("creationToken") ?? m.PhysicalName(a.Name!);
            s["encrypted"] = s.GetValueOrDefault("encrypted") ?? false;
            s["numberOfMountTargets"] = 0.0;
            s["ownerId"] = m.AccountId;
            s["performanceMode"] = s.GetValueOrDefault("performanceMode") ?? "generalPurpose";
            s["throughputMode"] = s.GetValueOrDefault("throughputMode") ?? "bursting";
            s["region"] = m.Region;
        }),
        ["aws:efs/mountTarget:MountTarget"] = new("fsmt-", (a, s, m) =>
        {
            var fileSystemId = (string?)s.GetValueOrDefault("fileSystemId") ?? string.Empty;
            s["fileSystemArn"] = m.Arn("elasticfilesystem", $"file-system/{fileSystemId}");
            s["dnsName"] = $"{fileSystemId}.efs.{m.Region}.amazonaws.com";
            s["mountTargetDnsName"] = $"{m.Region}a.{fileSystemId}.efs.{m.Region}.amazonaws.com";
            s["networkInterfaceId"] = m.PhysicalId("eni-", a.Name!);
            s["ipAddress"] = s.GetValueOrDefault("ipAddress") ?? m.ClusterPrivateIp(a.Name!);
            s["ownerId"] = m.AccountId;
            s["region"] = m.Region;
        }),
    };

    private string ClusterUuid(string seed)
    {
        var hex = HexOf("cluster-uuid:" + seed, 32);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    private string ClusterPrivateIp(string seed)
    {
        var hex = HexOf("private-ip:" + seed, 4);
        return $"10.0.{Convert.ToInt32(hex[..2], 16) % 96 + 32}.{Convert.ToInt32(hex[2..], 16) % 254 + 1}";
    }

    // The cluster CA as EKS returns it: a PEM certificate, base64-encoded once more (fake but well-formed).
    private string EksCertificateAuthorityData(string clusterName)
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 12).Select(i => HexOf($"eks-ca:{clusterName}:{i}", 64)))));
        var lines = Enumerable.Range(0, (body.Length + 63) / 64).Select(i => body.Substring(i * 64, Math.Min(64, body.Length - i * 64)));
        var pem = $"-----BEGIN CERTIFICATE-----\n{string.Join('\n', lines)}\n-----END CERTIFICATE-----\n";
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(pem));
    }

    // The kubeconfig Pulumi.Eks 4.x builds: one cluster, one context, a user that runs `aws eks get-token`.
    private string EksKubeconfigJson(string clusterName, string endpoint, string certificateAuthorityData)
        => JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["apiVersion"] = "v1",
            ["clusters"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["cluster"] = new Dictionary<string, object> { ["server"] = endpoint, ["certificate-authority-data"] = certificateAuthorityData },
                    ["name"] = "kubernetes",
                },
            },
            ["contexts"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["context"] = new Dictionary<string, object> { ["cluster"] = "kubernetes", ["user"] = "aws" },
                    ["name"] = "aws",
                },
            },
            ["current-context"] = "aws",
            ["kind"] = "Config",
            ["users"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["name"] = "aws",
                    ["user"] = new Dictionary<string, object>
                    {
                        ["exec"] = new Dictionary<string, object>
                        {
                            ["apiVersion"] = "client.authentication.k8s.io/v1beta1",
                            ["command"] = "aws",
                            ["args"] = new[] { "--region", Region, "eks", "get-token", "--cluster-name", clusterName, "--output", "json" },
                            ["env"] = new[]
                            {
                                new Dictionary<string, object>
                                {
                                    ["name"] = "KUBERNETES_EXEC_INFO",
                                    ["value"] = "{\"apiVersion\": \"client.authentication.k8s.io/v1beta1\"}",
                                },
                            },
                        },
                    },
                },
            },
        });
}
