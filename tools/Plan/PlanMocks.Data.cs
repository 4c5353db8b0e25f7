using System.Collections.Immutable;

namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    private static IEnumerable<KeyValuePair<string, Shape>> DataShapes() => new Dictionary<string, Shape>
    {
        // S3: the bucket's id is its name; each configuration resource's id is the bucket's name.
        ["aws:s3/bucket:Bucket"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("bucket")
                       ?? $"{s.GetValueOrDefault("bucketPrefix") ?? a.Name + "-"}{m.Hex("bucket:" + a.Name, 12)}";
            s["id"] = name;
            s["bucket"] = name;
            s["arn"] = $"arn:aws:s3:::{name}";
            s["bucketDomainName"] = $"{name}.s3.amazonaws.com";
            s["bucketRegionalDomainName"] = $"{name}.s3.{m.Region}.amazonaws.com";
            s["hostedZoneId"] = m.Region == "eu-west-1" ? "Z1BKCTXD74EZPE" : $"Z{m.Hex("s3-zone:" + m.Region, 13).ToUpperInvariant()}";
            s["region"] = m.Region;
            s["bucketRegion"] = m.Region;
            s["forceDestroy"] = s.GetValueOrDefault("forceDestroy") ?? false;
            s["objectLockEnabled"] = s.GetValueOrDefault("objectLockEnabled") ?? false;
            s["requestPayer"] = "BucketOwner";
            s["accelerationStatus"] = string.Empty;
        }),
        ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"] = BucketConfiguration(),
        ["aws:s3/bucketOwnershipControls:BucketOwnershipControls"] = BucketConfiguration(),
        ["aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"] = BucketConfiguration(),
        ["aws:s3/bucketVersioning:BucketVersioning"] = BucketConfiguration(),
        ["aws:s3/bucketReplicationConfig:BucketReplicationConfig"] = BucketConfiguration(),
        ["aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration"] = BucketConfiguration((a, s, m) =>
            s["transitionDefaultMinimumObjectSize"] = s.GetValueOrDefault("transitionDefaultMinimumObjectSize") ?? "all_storage_classes_128K"),
        ["aws:s3/bucketPolicy:BucketPolicy"] = BucketConfiguration(),

        // RDS: names are lowercase; endpoints carry the account's per-region DNS label.
        ["aws:rds/subnetGroup:SubnetGroup"] = new("", (a, s, m) =>
        {
            var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!).ToLowerInvariant();
            s["id"] = name;
            s["name"] = name;
            s["arn"] = m.Arn("rds", $"subgrp:{name}");
            s["supportedNetworkTypes"] = ImmutableArray.Create<object>("IPV4");
            s["region"] = m.Region;
        }),
        ["aws:rds/cluster:Cluster"] = new("", (a, s, m) =>
        {
            var id = (string?)s.GetValueOrDefault("clusterIdentifier") ?? $"tf-{m.Hex("rds-cluster:" + a.Name, 26)}";
            var engine = (string?)s.GetValueOrDefault("engine") ?? "aurora-postgresql";
            var postgres = engine.Contains("postgres", StringComparison.Ordinal);
            var version = (string?)s.GetValueOrDefault("engineVersion") ?? (postgres ? "16.8" : "8.0.mysql_aurora.3.08.0");
            s["id"] = id;
            s["clusterIdentifier"] = id;
            s["arn"] = m.Arn("rds", $"cluster:{id}");
            s["clusterResourceId"] = "cluster-" + m.Hex("rds-cluster-resource:" + id, 26).ToUpperInvariant();
            s["endpoint"] = $"{id}.cluster-{m.RdsDnsLabel}.{m.Region}.rds.amazonaws.com";
            s["readerEndpoint"] = $"{id}.cluster-ro-{m.RdsDnsLabel}.{m.Region}.rds.amazonaws.com";
            s["hostedZoneId"] = m.Region == "eu-west-1" ? "Z29XKXDKYMONMX" : $"Z{m.Hex("rds-zone:" + m.Region, 13).ToUpperInvariant()}";
            s["port"] = s.GetValueOrDefault("port") ?? (postgres ? 5432.0 : 3306.0);
            s["engine"] = engine;
            s["engineMode"] = s.GetValueOrDefault("engineMode") ?? "provisioned";
            s["engineVersion"] = version;
            s["engineVersionActual"] = version;
            s["storageEncrypted"] = s.GetValueOrDefault("storageEncrypted") ?? false;
            s["dbClusterParameterGroupName"] = s.GetValueOrDefault("dbClusterParameterGroupName") ?? $"default.{engine}{version.Split('.')[0]}";
            s["availabilityZones"] = ImmutableArray.Create<object>($"{m.Region}a", $"{m.Region}b", $"{m.Region}c");
            s["region"] = m.Region;
            if (s.GetValueOrDefault("manageMasterUserPassword") is true)
            {
                // RDS names the secret it manages rds!cluster-<uuid>; Secrets Manager appends 6 random characters.
                var uuid = m.ClusterUuid("rds-secret:" + id);
                s["masterUserSecrets"] = ImmutableArray.Create<object>(new Dictionary<string, object>
                {
                    ["secretArn"] = m.Arn("secretsmanager", $"secret:rds!cluster-{uuid}-{m.Hex("rds-secret-suffix:" + id, 6)}"),
                    ["secretStatus"] = "active",
                    ["kmsKeyId"] = s.GetValueOrDefault("masterUserSecretKmsKeyId") ?? m.Arn("kms", "alias/aws/secretsmanager"),
                });
            }
        }),
        ["aws:rds/clusterInstance:ClusterInstance"] = new("", (a, s, m) =>
        {
            var id = (string?)s.GetValueOrDefault("identifier") ?? $"tf-{m.Hex("rds-instance:" + a.Name, 26)}";
            s["id"] = id;
            s["identifier"] = id;
            s["arn"] = m.Arn("rds", $"db:{id}");
            s["dbiResourceId"] = "db-" + m.Hex("rds-instance-resource:" + id, 26).ToUpperInvariant();
            s["endpoint"] = $"{id}.{m.RdsDnsLabel}.{m.Region}.rds.amazonaws.com";
            s["port"] = (string?)s.GetValueOrDefault("engine") is { } engine && !engine.Contains("postgres", StringComparison.Ordinal) ? 3306.0 : 5432.0;
            s["availabilityZone"] = s.GetValueOrDefault("availabilityZone") ?? $"{m.Region}a";
            s["engineVersionActual"] = s.GetValueOrDefault("engineVersion") ?? string.Empty;
            s["storageEncrypted"] = true;
            s["publiclyAccessible"] = s.GetValueOrDefault("publiclyAccessible") ?? false;
            s["performanceInsightsEnabled"] = s.GetValueOrDefault("performanceInsightsEnabled") ?? false;
            s["region"] = m.Region;
        }),
    };

    // The label RDS puts in every endpoint of an account in a region (12 lowercase alphanumerics).
    private string RdsDnsLabel => HexOf($"rds-dns:{AccountId}:{Region}", 12);

    // A configuration resource of a bucket: its id is the bucket's name.
    private static Shape BucketConfiguration(Compute? more = null) => new("", (a, s, m) =>
    {
        s["id"] = (string?)s.GetValueOrDefault("bucket") ?? m.PhysicalName(a.Name!);
        s["region"] = m.Region;
        more?.Invoke(a, s, m);
    });
}
