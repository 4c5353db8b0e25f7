namespace Numinia.Infra.Tests;

/// <summary>
/// The catalogue of bad config values: for every key the program reads, values that AWS or Kubernetes would
/// refuse at apply time (or that would break a name the program derives from them). Each case is the key
/// the user wrote, the value, the value as the error shows it, and what the error must say.
/// </summary>
public static class ConfigCatalogue
{
    /// <summary>
    /// One bad value: <see cref="Key"/> is the config key set, <see cref="ErrorKey"/> the place inside it the
    /// error names (an element of the organizations list), <see cref="Shown"/> the value as the error shows it.
    /// </summary>
    public sealed record BadValue(string Name, string Key, string Value, string Shown, string Expected, string ErrorKey)
    {
        /// <summary>The line the error must hold: the key, the value as shown (none for a key that is itself wrong) and the expectation.</summary>
        public string Line(string project)
        {
            var fullKey = ErrorKey.Contains(':', StringComparison.Ordinal) ? ErrorKey : $"{project}:{ErrorKey}";
            return Shown == NoValue ? $"{fullKey}: {Expected}" : $"{fullKey}: '{Shown}' {Expected}";
        }
    }

    /// <summary>The <see cref="BadValue.Shown"/> of a problem that names a key without its value (an unknown key, a missing block list).</summary>
    public const string NoValue = "\0none";

    private static BadValue Bad(string name, string key, string value, string expected, string? shown = null, string? errorKey = null)
        => new(name, key, value, shown ?? value, expected, errorKey ?? key);

    private static BadValue UnknownKey(string name, string key, string meant)
        => Bad(name, key, "x", $"is not a key of numinia-infra: Pulumi.yaml declares no such key, so its value would have no effect; did you mean numinia-infra:{meant}?", NoValue);

    private static BadValue LookAlikeNamespace(string name, string key, string space, string meant)
        => Bad(name, key, "x", $"is under the namespace '{space}', which is not the project's (numinia-infra); its value would have no effect; did you mean numinia-infra:{meant}?", NoValue);

    public static readonly IReadOnlyList<BadValue> Cases = new[]
    {
        // Account, region, tags.
        Bad("RegionThatIsNoRegionCode", "aws:region", "eu-west", "is not an AWS region code"),
        Bad("AccountIdOfFiveDigits", "accountId", "12345", "is not an AWS account id (expected 12 digits)"),
        Bad("EnvironmentTagWithASemicolon", "environment", "prod;drop", "is not a valid AWS tag value"),

        // Network.
        Bad("ZoneOfAnotherRegion", "availabilityZones", "[\"eu-west-1a\",\"us-east-1b\",\"eu-west-1c\"]", "is not an availability zone of aws:region eu-west-1", "us-east-1b"),
        Bad("ZoneWithoutItsLetter", "availabilityZones", "[\"eu-west-1a\",\"eu-west-1\",\"eu-west-1c\"]", "is not an availability zone of aws:region eu-west-1", "eu-west-1"),
        Bad("OneZoneOnly", "availabilityZones", "[\"eu-west-1a\"]", "has fewer than 2 availability zones", "eu-west-1a"),
        Bad("VpcNameWithASpace", "vpcName", "numinia vpc", "is not usable in the flow log's CloudWatch Logs group name"),
        Bad("VpcCidrWiderThanAws", "vpcCidr", "10.0.0.0/8", "must be a /16 to /20 block"),
        Bad("VpcCidrWithHostBits", "vpcCidr", "10.0.0.1/16", "has host bits set"),
        Bad("PublicSubnetNotACidr", "publicSubnetCidrs", "[\"10.0.0.0/24\",\"10.0.1.0/24\",\"nope\"]", "is not an IPv4 CIDR block", "nope"),
        Bad("PrivateSubnetOutsideTheVpc", "privateSubnetCidrs", "[\"10.0.32.0/19\",\"10.0.64.0/19\",\"10.1.96.0/19\"]", "private subnet 10.1.96.0/19 (zone 3) is outside the VPC 10.0.0.0/16", "10.1.96.0/19"),
        Bad("PrivateSubnetsOverlapping", "privateSubnetCidrs", "[\"10.0.32.0/19\",\"10.0.32.0/19\",\"10.0.96.0/19\"]",
            "private subnet 10.0.32.0/19 overlaps private subnet 10.0.32.0/19", "10.0.32.0/19"),
        Bad("DatabaseSubnetOutsideTheVpc", "databaseSubnetCidrs", "[\"10.0.4.0/24\",\"10.0.5.0/24\",\"10.1.6.0/24\"]", "database subnet 10.1.6.0/24 (zone 3) is outside the VPC 10.0.0.0/16", "10.1.6.0/24"),
        Bad("NatModeUnknown", "natGateways", "two", "is not a NAT mode (expected single or perAz)"),
        Bad("FlowLogRetentionCloudWatchDoesNotOffer", "flowLogRetentionDays", "10", "is not a CloudWatch Logs retention period"),

        // Cluster.
        Bad("ClusterNameStartingWithAHyphen", "clusterName", "-numinia", "is not an EKS cluster name"),
        Bad("ClusterNameTooLongForItsNodeGroupNames", "clusterName", "numinia-production-cluster-eu1", "is too long for the node group names derived from it"),
        Bad("PublicAccessOpenToTheInternet", "clusterPublicAccessCidrs", "[\"0.0.0.0/0\"]", "opens the API server to the whole internet", "0.0.0.0/0"),
        Bad("PublicAccessWiderThanASlash16", "clusterPublicAccessCidrs", "[\"198.0.0.0/8\"]", "is wider than a /16", "198.0.0.0/8"),
        Bad("PublicAccessFromAPrivateRange", "clusterPublicAccessCidrs", "[\"10.20.0.0/16\"]", "is inside the non-public range 10.0.0.0/8", "10.20.0.0/16"),
        Bad("PublicAccessNotACidr", "clusterPublicAccessCidrs", "[\"203.0.113.10\"]", "is not an IPv4 CIDR block", "203.0.113.10"),
        Bad("KubernetesVersionUnsupported", "kubernetesVersion", "1.27", "is not a supported Kubernetes version"),
        Bad("ClusterLogRetentionCloudWatchDoesNotOffer", "clusterLogRetentionDays", "45", "is not a CloudWatch Logs retention period"),
        Bad("AdminArnsEmpty", "clusterAdminArns", "[]", "is empty; at least one admin principal is required"),
        Bad("DeveloperArnNotAnIamArn", "clusterDeveloperArns", "[\"arn:aws:iam::1234:role/x\"]", "is not an IAM role or user ARN", "arn:aws:iam::1234:role/x"),
        Bad("ViewerArnOfAGroup", "clusterViewerArns", "[\"arn:aws:iam::111122223333:group/viewers\"]", "is not an IAM role or user ARN", "arn:aws:iam::111122223333:group/viewers"),
        Bad("MonitoringReaderArnOfAnotherService", "monitoringReaderArns", "[\"arn:aws:s3:::bucket\"]", "is not an IAM role or user ARN", "arn:aws:s3:::bucket"),
        Bad("VpcCniVersionWithoutEksBuild", "vpcCniAddonVersion", "v1.20.4", "is not an EKS add-on version"),
        Bad("CoreDnsVersionEmpty", "corednsAddonVersion", "", "is empty"),
        Bad("KubeProxyVersionOfAnotherMinor", "kubeProxyAddonVersion", "v1.34.1-eksbuild.2", "is built for Kubernetes 1.34, not kubernetesVersion 1.35"),
        Bad("EbsCsiVersionNotSemver", "ebsCsiAddonVersion", "latest", "is not an EKS add-on version"),
        Bad("EfsCsiVersionNotSemver", "efsCsiAddonVersion", "2.1", "is not an EKS add-on version"),
        Bad("EfsEnabledNotABoolean", "efsEnabled", "on", "is not a boolean (expected true or false)"),
        Bad("VpnEnabledNotABoolean", "vpnEnabled", "yes", "is not a boolean (expected true or false)"),
        Bad("PausedNotABoolean", "paused", "yes", "is not a boolean (expected true or false)"),
        Bad("VpnClientCidrOverlappingTheVpc", "vpnClientCidr", "10.0.128.0/22", "overlaps the VPC 10.0.0.0/16"),
        Bad("VpnClientCidrNarrowerThanClientVpnAllows", "vpnClientCidr", "172.16.0.0/24", "must be a /12 to /22 block"),
        Bad("ServiceCidrOverlappingTheVpc", "serviceCidr", "10.0.0.0/16", "overlaps the VPC 10.0.0.0/16"),
        Bad("ServiceCidrOverlappingTheVpnClients", "serviceCidr", "172.16.0.0/16", "overlaps vpnClientCidr 172.16.0.0/22"),
        Bad("ServiceCidrWiderThanEksAllows", "serviceCidr", "172.0.0.0/11", "must be a /12 to /24 block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"),
        Bad("ServiceCidrOfPublicAddresses", "serviceCidr", "100.64.0.0/16", "must be a /12 to /24 block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"),
        Bad("ServiceCidrNotACidr", "serviceCidr", "172.20.0.0", "is not an IPv4 CIDR block"),
        Bad("VpnServerNameNotADomain", "vpnServerName", "vpn_numinia", "is not a domain name"),
        Bad("VpnLogRetentionCloudWatchDoesNotOffer", "vpnLogRetentionDays", "100", "is not a CloudWatch Logs retention period"),
        Bad("VpnSubnetAssociationsNegative", "vpnSubnetAssociations", "-1", "must be at least 1"),
        Bad("VpnSubnetAssociationsMoreThanZones", "vpnSubnetAssociations", "4", "is more than the 3 availability zones"),

        // Node groups: each group's keys.
        Bad("GeneralInstanceTypeOfTheGpuFamily", "generalInstanceTypes", "[\"g5.2xlarge\"]", "is not a general purpose (m*, t3*) instance type", "g5.2xlarge"),
        Bad("GeneralMinAboveMax", "generalMinSize", "21", "is greater than generalMaxSize (20)"),
        Bad("GeneralMaxZero", "generalMaxSize", "0", "must be at least 1"),
        Bad("GeneralMaxBelowTheZoneCount", "generalMaxSize", "2", "is less than the 3 availability zones; the general group is one node group per zone"),
        Bad("GeneralDesiredAboveMax", "generalDesiredSize", "22", "is outside generalMinSize..generalMaxSize (3..20)"),
        Bad("GeneralDiskTooSmall", "generalDiskSizeGb", "8", "must be 20 to 16384 GiB"),
        Bad("GeneralCapacityTypeUnknown", "generalCapacityType", "RESERVED", "is not a capacity type"),
        Bad("GeneralLabelWithoutValue", "generalLabels", "[\"team\"]", "is not a label (expected key=value)", "team"),
        Bad("GeneralTaintWithoutEffect", "generalTaints", "[\"team=a\"]", "is not a taint", "team=a"),
        Bad("ComputeInstanceTypeOfTheGpuFamily", "computeInstanceTypes", "[\"g5.2xlarge\"]", "is not a compute optimized (c*) instance type", "g5.2xlarge"),
        Bad("ComputeMinNegative", "computeMinSize", "-1", "must not be negative"),
        Bad("ComputeMaxNotANumber", "computeMaxSize", "five", "is not a whole number"),
        Bad("ComputeDesiredAboveMax", "computeDesiredSize", "9", "is outside computeMinSize..computeMaxSize (0..5)"),
        Bad("ComputeDiskTooLarge", "computeDiskSizeGb", "20000", "must be 20 to 16384 GiB"),
        Bad("ComputeCapacityTypeLowercase", "computeCapacityType", "spot", "is not a capacity type"),
        Bad("ComputeLabelWithoutKey", "computeLabels", "[\"=ci\"]", "is not a label (expected key=value)", "=ci"),
        Bad("ComputeTaintWithoutEffect", "computeTaints", "[\"workload=ci\"]", "is not a taint", "workload=ci"),
        Bad("GpuInstanceTypeOfTheGeneralFamily", "gpuInstanceTypes", "[\"m6i.xlarge\"]", "is not a NVIDIA GPU (g4dn, g5, g6, p4, p5) instance type", "m6i.xlarge"),
        Bad("GpuInstanceTypeTheInstanceTableDoesNotKnow", "gpuInstanceTypes", "[\"g6.48xlarge\"]",
            "is refused: g6.48xlarge is not a GPU instance type the instance table knows", "g6.48xlarge"),
        Bad("GpuInstanceTypesOfTwoAccelerators", "gpuInstanceTypes", "[\"g5.2xlarge\",\"g6.2xlarge\"]",
            "is refused: its instance types have different accelerators (g5.2xlarge: nvidia-a10g, g6.2xlarge: nvidia-l4)", "g5.2xlarge,g6.2xlarge"),
        Bad("GpuMinAboveMax", "gpuMinSize", "4", "is greater than gpuMaxSize (3)"),
        Bad("GpuMaxZero", "gpuMaxSize", "0", "must be at least 1"),
        Bad("GpuDesiredAboveMax", "gpuDesiredSize", "5", "is outside gpuMinSize..gpuMaxSize (0..3)"),
        Bad("GpuDiskTooSmall", "gpuDiskSizeGb", "10", "must be 20 to 16384 GiB"),
        Bad("GpuCapacityTypeUnknown", "gpuCapacityType", "RESERVED", "is not a capacity type"),
        Bad("GpuLabelWithoutValue", "gpuLabels", "[\"gpu\"]", "is not a label (expected key=value)", "gpu"),
        Bad("GpuTaintsWithoutTheGpuTaint", "gpuTaints", "[]", "lacks the nvidia.com/gpu=true:NoSchedule taint", ""),

        // Ingress and DNS.
        Bad("BaseDomainWithUppercase", "baseDomain", "Numinia.XYZ", "is not a domain name"),
        Bad("HostedZoneIdWithItsPathPrefix", "hostedZoneId", "/hostedzone/Z0123456789ABC", "is not a Route53 hosted zone id"),
        Bad("AcmeEmailWithoutADomain", "acmeEmail", "platform", "is not an email address"),
        Bad("ExternalDnsFilterOutsideTheBaseDomain", "externalDnsDomainFilters", "[\"example.org\"]", "is not numinia.xyz or a name under it", "example.org"),
        Bad("ExternalDnsFiltersWithoutTheBaseDomain", "externalDnsDomainFilters", "[\"apps.numinia.xyz\"]",
            "does not include numinia.xyz (baseDomain); external-dns writes Kourier's wildcard record *.numinia.xyz", "[apps.numinia.xyz]"),
        Bad("ExternalDnsPolicyUnknown", "externalDnsPolicy", "delete", "is not an external-dns policy (expected sync or upsert-only)"),
        Bad("LoadBalancerControllerChartLatest", "loadBalancerControllerChartVersion", "latest", "is 'latest'; pin an exact chart version"),
        Bad("CertManagerChartRange", "certManagerChartVersion", "^1.16.0", "is not an exact chart version"),
        Bad("ExternalDnsChartPartial", "externalDnsChartVersion", "1.15", "is not an exact chart version"),

        // Knative.
        Bad("KnativeOperatorChartRange", "knativeOperatorChartVersion", "~1.20", "is not an exact chart version"),
        Bad("KnativeServingVersionNotAVersion", "knativeServingVersion", "one", "is not a Knative Serving version"),
        Bad("KnativeGracePeriodNotADuration", "knativeScaleToZeroGracePeriod", "30 seconds", "is not a duration"),
        Bad("KnativeRevisionTimeoutZero", "knativeMaxRevisionTimeoutSeconds", "0", "must be a positive number of seconds"),
        Bad("KnativeDomainMappingIssuerUppercase", "knativeDomainMappingIssuer", "LetsEncrypt", "is not a ClusterIssuer name"),

        // Secrets.
        Bad("ExternalSecretsChartLatest", "externalSecretsChartVersion", "latest", "is 'latest'"),
        Bad("SecretsStoreCsiChartRange", "secretsStoreCsiChartVersion", "1.x", "is not an exact chart version"),
        Bad("SecretsStoreCsiAwsChartRange", "secretsStoreCsiAwsChartVersion", ">=1.0.0", "is not an exact chart version"),
        Bad("SealedSecretsChartLatest", "sealedSecretsChartVersion", "LATEST", "is 'latest'"),

        // Flux.
        Bad("FluxChartLatest", "fluxChartVersion", "latest", "is 'latest'"),
        Bad("FluxGitUrlScpLike", "fluxGitUrl", "git@github.com:numengames/numinia-k8s", "is not an ssh:// or https:// Git URL"),
        Bad("FluxGitBranchWithASpace", "fluxGitBranch", "my branch", "is not a Git branch name"),
        Bad("FluxGitIntervalInWords", "fluxGitInterval", "every minute", "is not a duration such as 1m0s, 5m or 1h"),
        Bad("FluxKustomizationIntervalWithASpace", "fluxKustomizationInterval", "5 m", "is not a duration such as 1m0s, 5m or 1h"),
        Bad("FluxPathTemplateWithoutTheEnvironment", "fluxPathTemplate", "./organizations/{organization}", "is not a path from the repository's root"),
        Bad("FluxKnownHostsWithoutAKey", "fluxKnownHosts", "github.com", "is not a known_hosts line"),
        Bad("FluxDeployKeyBlank", "fluxDeployKey", " ", "is missing; an ssh:// fluxGitUrl needs the repository's deploy key", NoValue),
        Bad("SecretNamePrefixWithoutItsSlash", "secretNamePrefixes", "[\"numinia\"]", "does not end with '/'", "numinia"),
        Bad("SecretNamePrefixWithAWildcard", "secretNamePrefixes", "[\"numinia/*\"]", "contains '*'", "numinia/*"),

        // Observability.
        Bad("KubePrometheusStackChartRange", "kubePrometheusStackChartVersion", "79.x", "is not an exact chart version"),
        Bad("LoadBalancerControllerChartBefore3", "loadBalancerControllerChartVersion", "1.14.0", "is older than 3.0.0"),
        Bad("PrometheusOperatorCrdsChartLatest", "prometheusOperatorCrdsChartVersion", "latest", "is 'latest'; pin an exact chart version"),
        Bad("FluentBitChartEmpty", "fluentBitChartVersion", "", "is empty"),
        Bad("FluentBitChartLatest", "fluentBitChartVersion", "latest", "is 'latest'"),
        Bad("PrometheusRetentionZero", "prometheusRetentionDays", "0", "must be at least 1"),
        Bad("PrometheusReplicasZero", "prometheusReplicas", "0", "must be at least 1"),
        Bad("PrometheusStorageNotAQuantity", "prometheusStorageSize", "50 gigs", "is not a Kubernetes quantity"),
        Bad("GrafanaStorageBelowAGibibyte", "grafanaStorageSize", "100Mi", "is smaller than 1Gi"),
        Bad("ContainerLogRetentionCloudWatchDoesNotOffer", "containerLogRetentionDays", "1000", "is not a CloudWatch Logs retention period"),
        Bad("GrafanaPasswordTooShort", "grafanaAdminPassword", "short", "is shorter than", "[secret]"),
        Bad("AlertEmailWithoutDomain", "alertEmails", "[\"platform\"]", "is not an e-mail address", "platform"),
        Bad("AlertEmailTwice", "alertEmails", "[\"platform@numinia.xyz\",\"Platform@numinia.xyz\"]", "is listed twice", "platform@numinia.xyz"),
        Bad("AlertSlackWebhookOverHttp", "alertSlackWebhookUrl", "http://hooks.slack.com/services/x", "is not an https:// URL", "[secret]"),
        Bad("AlertWebhookNotAUrl", "alertWebhookUrl", "alerts.numinia.xyz", "is not an https:// URL", "[secret]"),
        Bad("AlertHeartbeatNotAUrl", "alertHeartbeatUrl", "ping me", "is not an https:// URL", "[secret]"),
        Bad("GuardDutyEnabledNotABoolean", "guardDutyEnabled", "yes", "is not a boolean (expected true or false)"),
        Bad("GuardDutyDetectorIdNotAnId", "guardDutyDetectorId", "arn:aws:guardduty:eu-west-1:241533135482:detector/x", "is not a GuardDuty detector id"),

        // Platform services.
        Bad("MetricsServerChartLatest", "metricsServerChartVersion", "latest", "is 'latest'"),
        Bad("ClusterAutoscalerChartRange", "clusterAutoscalerChartVersion", "9.x", "is not an exact chart version"),
        Bad("NvidiaDevicePluginChartRange", "nvidiaDevicePluginChartVersion", "0.17", "is not an exact chart version"),
        Bad("VeleroChartRange", "veleroChartVersion", "12.x", "is not an exact chart version"),
        Bad("BackupRetentionZero", "backupRetentionDays", "0", "must be 1 to 365 days"),
        Bad("BackupScheduleFourFields", "backupSchedule", "0 1 * *", "is not a cron line"),
        Bad("BackupScheduleHourOutOfRange", "backupSchedule", "0 25 * * *", "has a hour field \"25\""),
        Bad("VeleroRestoreFromBucketUppercase", "veleroRestoreFromBucket", "Prod_Backups", "is not an S3 bucket name"),
        Bad("VeleroRestoreFromRegionMisspelt", "veleroRestoreFromRegion", "eu-west", "is not an AWS region"),
        Bad("AiPlatformGpuQuotaBelowWhatTheGpuGroupCanBring", "namespaceQuotas", "[\"ai-platform:requests.nvidia.com/gpu=1\"]",
            "sets ai-platform's requests.nvidia.com/gpu below the 3 GPUs its node groups can bring (gpu: gpuMaxSize 3 × 1 GPU(s) per g5.2xlarge)",
            "ai-platform:requests.nvidia.com/gpu=1"),
        Bad("NamespaceQuotaForAnUnknownNamespace", "namespaceQuotas", "[\"nowhere:limits.cpu=4\"]", "names no platform namespace", "nowhere:limits.cpu=4"),
        Bad("DeveloperNamespaceUppercase", "developerNamespaces", "[\"Production\"]", "is not a DNS-1123 label", "Production"),

        // Data services.
        Bad("StaticsBucketNameUppercase", "staticsBucketName", "Numinia-Statics", "is not an S3 bucket name"),
        Bad("StaticsBucketNameReservedPrefix", "staticsBucketName", "xn--numinia-statics", "starts with 'xn--', a prefix S3 reserves"),
        Bad("StaticsNoncurrentExpirationZero", "staticsNoncurrentVersionExpirationDays", "0", "must be at least 1 day"),
        Bad("StaticsBackupsExpirationNegative", "staticsBackupsExpirationDays", "-5", "must be at least 1 day"),
        Bad("DatabaseIdentifierWithDoubleHyphen", "databaseClusterIdentifier", "numinia--db", "is not an RDS cluster identifier"),
        Bad("DatabaseEngineVersionWithPatch", "databaseEngineVersion", "16.8.1", "is not an Aurora PostgreSQL version"),
        Bad("DatabaseInstanceClassWithoutPrefix", "databaseInstanceClass", "r6g.large", "is not an RDS instance class"),
        Bad("DatabaseBackupRetentionAboveRdsLimit", "databaseBackupRetentionDays", "40", "must be 7 to 35 days"),
        Bad("DatabaseNameWithAHyphen", "databaseName", "numinia-app", "is not a database name"),
        Bad("DatabaseMasterUsernameReserved", "databaseMasterUsername", "rdsadmin", "is reserved by PostgreSQL or RDS"),
        Bad("DatabaseInsightsRetentionNotOffered", "databasePerformanceInsightsRetentionDays", "30", "is not a Performance Insights retention"),
        Bad("DatabaseInstanceCountAboveZones", "databaseInstanceCount", "4", "must be 1 to 3"),
        Bad("BackupCopyRegionIsTheStacksRegion", "backupCopyRegion", "eu-west-1", "is the stack's own region (aws:region eu-west-1)"),
        Bad("BackupCopyRegionMisspelt", "backupCopyRegion", "frankfurt", "is not an AWS region"),
        Bad("DatabaseRestoreSnapshotNotAnArn", "databaseRestoreSnapshotArn", "prod-hyperfy-final", "is not an Aurora cluster snapshot ARN"),
        Bad("DatabaseRestoreSnapshotOfAnotherRegion", "databaseRestoreSnapshotArn", "arn:aws:rds:eu-central-1:241533135482:cluster-snapshot:awsbackup:job-1",
            "is a snapshot in eu-central-1, but RDS creates a cluster only from a snapshot of its own region"),

        // Adoption of the live platform.
        Bad("AdoptionPhaseUnknown", "adoptionPhase", "later", "is not an adoption phase (expected import or converge)"),
        Bad("ImportVpcIdNotAVpcId", "importVpcId", "vpc-XYZ", "is not a VPC id"),
        Bad("ImportInternetGatewayIdNotAnIgwId", "importInternetGatewayId", "gw-0123456789abcdef0", "is not an internet gateway id"),
        Bad("ImportNatGatewayIdsNotANatId", "importNatGatewayIds", "[\"natgw-0123456789\"]", "is not a NAT gateway id", "natgw-0123456789"),
        Bad("ImportNatEipIdsNotAnAllocationId", "importNatEipIds", "[\"52.16.1.1\"]", "is not an Elastic IP allocation id", "52.16.1.1"),
        Bad("ImportPublicSubnetIdsOnePerZone", "importPublicSubnetIds", "[\"subnet-0123456789abcdef0\"]", "has 1 ids; give 3", "subnet-0123456789abcdef0"),
        Bad("ImportPrivateSubnetIdsNotSubnetIds", "importPrivateSubnetIds", "[\"sn-1\",\"sn-2\",\"sn-3\"]", "is not a subnet id", "sn-1"),
        Bad("ImportDatabaseSubnetIdsNotSubnetIds", "importDatabaseSubnetIds", "[\"10.0.4.0/24\",\"10.0.5.0/24\",\"10.0.6.0/24\"]", "is not a subnet id", "10.0.4.0/24"),
        Bad("ImportPublicRouteTableIdNotARouteTableId", "importPublicRouteTableId", "rt-0123456789abcdef0", "is not a route table id"),
        Bad("ImportPrivateRouteTableIdNotARouteTableId", "importPrivateRouteTableId", "rtb-NOTHEX", "is not a route table id"),
        Bad("LiveClusterNameNotAClusterName", "liveClusterName", "-production", "is not an EKS cluster name"),
        Bad("ClusterNamedAsTheLiveCluster", "clusterName", "production-numinia", "is the live cluster's name (liveClusterName)"),
        Bad("LiveClusterNodeGroupsWithoutAMaximum", "liveClusterNodeGroups", "[\"t3.medium\"]", "is not <instance type>:<maximum size>", "t3.medium"),
        Bad("ImportDatabaseNotABoolean", "importDatabase", "yes", "is not a boolean"),
        Bad("ImportDatabaseSecurityGroupIdNotASecurityGroupId", "importDatabaseSecurityGroupId", "sg-1", "is not a security group id"),
        Bad("ImportDatabaseSecurityGroupNameStartsWithSg", "importDatabaseSecurityGroupName", "sg-prod-hyperfy", "is not a security group name"),
        Bad("DatabaseLiveBackupRetentionAboveRdsLimit", "databaseLiveBackupRetentionDays", "40", "is not a backup retention RDS has"),
        Bad("ImportStaticsBucketDoubleDot", "importStaticsBucket", "statics..numinia.xyz", "is not an S3 bucket name"),
        Bad("ImportStaticsBucketTooLongForItsReplica", "importStaticsBucket", "statics.numinia.xyz.assets-for-every-world-of-the-platfm",
            "makes its replica's name statics.numinia.xyz.assets-for-every-world-of-the-platfm-eu-central-1 (69 characters) longer than S3's 63; shorten it by 6"),
        Bad("ImportHostedZoneIdWithPrefix", "importHostedZoneId", "/hostedzone/Z0123456789ABC", "is not a Route53 hosted zone id"),
        Bad("StaticsDomainWithAnEmptyLabel", "staticsDomain", "statics..numinia.xyz", "is not a domain name"),
        Bad("StaticsOriginAccessControlNameWithASpace", "staticsOriginAccessControlName", "statics oac", "is not an origin access control name"),
        Bad("StaticsCachePolicyIdByName", "staticsCachePolicyId", "Managed-CachingOptimized", "is not a CloudFront policy id"),
        Bad("StaticsOriginRequestPolicyIdUppercase", "staticsOriginRequestPolicyId", "88A5EAF4-2FD4-4709-B370-B4C650EA3FCF", "is not a CloudFront policy id"),
        Bad("ImportStaticsDistributionIdAsDomain", "importStaticsDistributionId", "d2n62b0vfhcai2.cloudfront.net", "is not a CloudFront distribution id"),
        Bad("ImportStaticsOriginAccessControlIdLowercase", "importStaticsOriginAccessControlId", "e1abcdef", "is not an origin access control id"),
        Bad("ImportStaticsCertificateArnOutsideUsEast1", "importStaticsCertificateArn", "arn:aws:acm:eu-west-1:241533135482:certificate/a4d43bfa-fa15-427f-92c8-e6fa7d58b6f4",
            "is not an ACM certificate ARN in us-east-1"),
        Bad("HostedZoneCommentTooLong", "hostedZoneComment", new string('c', 257), "is longer than the 256 characters Route 53 allows"),

        // Tenants.
        Bad("TenancyUnknown", "tenancy", "shared", "is not a tenancy (expected inline: organizations in the platform stack, or stacks: one stack per organization)"),
        Bad("TenantStackOrganizationNotADnsLabel", "organization", "Numinia_Games", "is not a DNS-1123 label"),
        Bad("TenantStackOrganizationUnknown", "organization", "acme",
            "is not an organization of organizations (known: active-inference, numen-games, numinia, r3s3t); add its entry to this stack's organizations"),
        Bad("PlatformStackNotFullyQualified", "platformStack", "prod", "is not a fully qualified stack name (expected <organization>/<project>/<stack>"),
        Bad("OrganizationNameNotADnsLabel", "organizations", "[{\"name\":\"Numinia_Games\",\"environments\":[{\"name\":\"pre\"}]}]",
            "is not a DNS-1123 label", "Numinia_Games", "organizations[0].name"),
        Bad("OrganizationListedTwice", "organizations", "[{\"name\":\"acme\"},{\"name\":\"acme\"}]", "is a duplicate: organizations[0] has the same name", "acme", "organizations[1].name"),
        Bad("OrganizationNameNull", "organizations", "[{\"name\":null}]", "is not a string", "null", "organizations[0].name"),
        Bad("OrganizationAcmeEmailAtExampleCom", "organizations", "[{\"name\":\"acme\",\"acmeEmail\":\"ops@example.com\"}]",
            "uses the reserved domain example.com, which Let's Encrypt refuses", "ops@example.com", "organizations[0].acmeEmail"),
        Bad("OrganizationDeveloperRoleNameOver64Characters", "organizations",
            "[{\"name\":\"acme\",\"developerArns\":[\"arn:aws:iam::111122223333:role/" + new string('d', 65) + "\"]}]",
            "names a role or user of 65 characters; IAM names are 1 to 64 characters",
            "arn:aws:iam::111122223333:role/" + new string('d', 65), "organizations[0].developerArns[0]"),
        Bad("OrganizationLiveSecretNamesAsText", "organizations", "[{\"name\":\"acme\",\"liveSecretNames\":\"yes\"}]",
            "is not true or false", "\"yes\"", "organizations[0].liveSecretNames"),
        Bad("OrganizationLiveSecretNamesOverAnotherOrganizationsPrefix", "organizations",
            "[{\"name\":\"numen\",\"liveSecretNames\":true},{\"name\":\"numen-games\"}]",
            "would let numen's roles read numen-games's live secrets", "true", "organizations[0].liveSecretNames"),
        Bad("OrganizationLiveSecretNamesUnderAnotherOrganizationsName", "organizations",
            "[{\"name\":\"numen\"},{\"name\":\"numen-games\",\"liveSecretNames\":true}]",
            "would let numen-games's roles read numen's live secrets", "true", "organizations[1].liveSecretNames"),
        Bad("OrganizationLiveSecretNamesWithAnEnvironmentEndingInAnother", "organizations",
            "[{\"name\":\"acme\",\"liveSecretNames\":true,\"environments\":[{\"name\":\"pro\"},{\"name\":\"eu-pro\"}]}]",
            "would let acme's pro role read its eu-pro secrets", "true", "organizations[0].liveSecretNames"),

        // Keys: a key of the project's namespace that Pulumi.yaml does not declare, or a namespace that looks like it.
        UnknownKey("UnknownKeyVpcCidrMisspelt", "vpcCidrr", "vpcCidr"),
        UnknownKey("UnknownKeyNatGatewaySingular", "natGateway", "natGateways"),
        UnknownKey("UnknownKeyOrganisationBritishSpelling", "organisation", "organization"),
        UnknownKey("UnknownKeyPlatformStackMisspelt", "platformStak", "platformStack"),
        UnknownKey("UnknownKeyInTheWrongCase", "GpuMaxSize", "gpuMaxSize"),
        UnknownKey("NamespaceDoubled", "numinia-infra:numinia-infra:vpcCidr", "vpcCidr"),
        LookAlikeNamespace("NamespaceWithAnUnderscore", "numinia_infra:natGateways", "numinia_infra", "natGateways"),

        // Values padded with whitespace are refused, not trimmed (README, "Configuration").
        Bad("VpcNameEndingInANewline", "vpcName", "numinia-vpc\n", "starts or ends with whitespace", "numinia-vpc\\n"),
        Bad("GeneralInstanceTypeEndingInANewline", "generalInstanceTypes", "[\"m6i.xlarge\\n\"]", "starts or ends with whitespace", "m6i.xlarge\\n"),
        Bad("GeneralMinSizeWithLeadingZero", "generalMinSize", "02", "is not a whole number"),

        // Items of a list that are not strings.
        Bad("MonitoringReaderArnNull", "monitoringReaderArns", "[null]", "is an empty item (null) of a list of strings", "null"),
        Bad("GpuInstanceTypeNull", "gpuInstanceTypes", "[null,\"g5.2xlarge\"]", "is an empty item (null) of a list of strings", "null"),

        // One access entry per principal.
        Bad("DeveloperArnAlsoAnAdmin", "clusterDeveloperArns", "[\"arn:aws:iam::111122223333:role/numinia-platform-admin\"]",
            "is also in clusterAdminArns; an IAM principal has one access entry in the cluster", "arn:aws:iam::111122223333:role/numinia-platform-admin"),
        Bad("AdminArnListedTwice", "clusterAdminArns", "[\"arn:aws:iam::111122223333:role/a\",\"arn:aws:iam::111122223333:role/a\"]",
            "is listed twice", "arn:aws:iam::111122223333:role/a"),
        Bad("ViewerRoleNameOver64Characters", "clusterViewerArns", "[\"arn:aws:iam::111122223333:role/" + new string('v', 65) + "\"]",
            "names a role or user of 65 characters", "arn:aws:iam::111122223333:role/" + new string('v', 65)),

        // Addresses, read strictly.
        Bad("VpcCidrInHex", "vpcCidr", "0x0a.0.0.0/16", "is not an IPv4 CIDR block"),
        Bad("VpcCidrWithLeadingZeros", "vpcCidr", "010.0.0.0/16", "is not an IPv4 CIDR block"),
        Bad("VpnClientCidrWithLeadingZeros", "vpnClientCidr", "172.016.0.0/22", "is not an IPv4 CIDR block"),
        Bad("PublicSubnetSmallerThanASlash28", "publicSubnetCidrs", "[\"10.0.0.0/32\",\"10.0.1.0/24\",\"10.0.2.0/24\"]",
            "is not a subnet size AWS allows (a /16 to a /28)", "10.0.0.0/32"),
        Bad("EightZonesBeyondTheComputedLayout", "availabilityZones",
            "[\"eu-west-1a\",\"eu-west-1b\",\"eu-west-1c\",\"eu-west-1d\",\"eu-west-1e\",\"eu-west-1f\",\"eu-west-1g\",\"eu-west-1h\"]",
            "must be given for 8 availability zones (the computed layout has room for 7", NoValue, "publicSubnetCidrs"),

        // Kubernetes quantities within their range.
        Bad("GrafanaStorageBeyondKubernetesRange", "grafanaStorageSize", "1000000000000000000000000000Ei", "is larger than 9223372036854775807 (2^63-1)"),
        Bad("PrometheusStorageNegative", "prometheusStorageSize", "-200Gi", "is negative"),
        Bad("PrometheusStorageFinerThanAMilli", "prometheusStorageSize", "0.0001", "has more than three decimal places"),

        // Node labels and taints as Kubernetes and EKS accept them.
        Bad("GeneralLabelKeyWithASpace", "generalLabels", "[\"team a=x\"]", "is not a label Kubernetes and EKS accept: its key has a name part", "team a=x"),
        Bad("GeneralLabelValueWithAnEqualsSign", "generalLabels", "[\"key=value=more\"]", "is not a label EKS accepts: its value", "key=value=more"),
        Bad("ComputeLabelKeyOf64Characters", "computeLabels", "[\"" + new string('k', 64) + "=ci\"]", "is not a label Kubernetes and EKS accept: its key has a name part",
            new string('k', 64) + "=ci"),
        Bad("GpuLabelKeyOver63CharactersWithItsPrefix", "gpuLabels", "[\"nvidia.com/" + new string('g', 60) + "=true\"]",
            "is not a label Kubernetes and EKS accept: its key is 71 characters, more than the 63 EKS takes for node label and taint keys", "nvidia.com/" + new string('g', 60) + "=true"),
        Bad("GeneralTaintValueWithASpace", "generalTaints", "[\"team=a b:NoSchedule\"]", "is not a taint Kubernetes accepts: its value", "team=a b:NoSchedule"),
        Bad("ComputeTaintEffectMisspelt", "computeTaints", "[\"workload=ci:NoScheduled\"]", "is not a taint (expected key=value:NoSchedule|NoExecute|PreferNoSchedule)",
            "workload=ci:NoScheduled"),
        Bad("GpuTaintKeyAndEffectTwice", "gpuTaints", "[\"nvidia.com/gpu=true:NoSchedule\",\"nvidia.com/gpu=false:NoSchedule\"]",
            "repeats the key nvidia.com/gpu with the effect NoSchedule", "nvidia.com/gpu=false:NoSchedule"),

        // Instance types and DB classes that exist in eu-west-1 (InstanceTypes).
        Bad("GeneralInstanceSizeMisspelt", "generalInstanceTypes", "[\"m6i.xlarg\"]", "is not a size of m6i (", "m6i.xlarg"),
        Bad("ComputeInstanceGenerationUnknown", "computeInstanceTypes", "[\"c9i.large\"]", "is not an instance family offered in eu-west-1", "c9i.large"),
        Bad("GeneralInstanceTypeGraviton", "generalInstanceTypes", "[\"m7g.large\"]",
            "is a Graviton (arm64) instance type; the node group's AMI AL2023_x86_64_STANDARD runs on x86_64 instances only", "m7g.large"),
        Bad("DatabaseInstanceClassSizeMisspelt", "databaseInstanceClass", "db.t4g.mediun", "is not a size of db.t4g (medium, large); did you mean db.t4g.medium?"),
        Bad("DatabaseInstanceClassFamilyUnknown", "databaseInstanceClass", "db.r9g.large", "is not a DB instance class family Aurora PostgreSQL offers"),

        // E-mail addresses.
        Bad("AcmeEmailLocalPartOver64Characters", "acmeEmail", new string('p', 65) + "@numinia.xyz", "is not an email address mail servers accept"),
        Bad("OrganizationNameTooLongForItsDerivedRoleName", "organizations",
            "[{\"name\":\"numinia-games-and-interactive-entertainment-studio\",\"environments\":[{\"name\":\"pre\"}]}]",
            "makes 'numinia-games-and-interactive-entertainment-studio-pre' longer than 46 characters, too long for the name of its IAM role",
            "pre", "organizations[0].environments[0].name"),
    };
}
