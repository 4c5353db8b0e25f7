#if PULUMI_OFFLINE
using System.Collections.Immutable;
using Numinia.Infra.Policy.Rules;

namespace Numinia.Infra.Policy;

/// <summary>The platform's policy: every rule <c>plan --policy</c> runs, in report order.</summary>
public static class PolicyRules
{
    /// <summary>All rules, grouped by area: cluster, nodes, IAM, data, network, Kubernetes, state.</summary>
    public static ImmutableArray<PolicyRule> All { get; } =
    [
        new EksEndpointPrivate(),
        new EksEndpointPublicBootstrap(),
        new EksSecretsEncryption(),
        new EksControlPlaneLogs(),
        new KmsKeyRotation(),
        new LaunchTemplateHardening(),
        new NodeGroupPlacement(),
        new IrsaTrustScoped(),
        new IamLeastPrivilege(),
        new S3BucketHardening(),
        new BackupVaultsEncryptedAndCopied(),
        new RdsHardening(),
        new RdsMultiAz(),
        new LogGroupRetention(),
        new VpcFlowLogs(),
        new DefaultSecurityGroupClosed(),
        new AdminPortsClosedToInternet(),
        new TenantNamespaceIsolation(),
        new NetworkFlows(),
        new RbacLeastPrivilege(),
        new ClusterAdminBindings(),
        new NoDefaultNamespace(),
        new ReplicatedAddonsResilient(),
        new QuotasFitNodeGroups(),
        new AlertsReachPeople(),
        new StatefulResourcesProtected(),
    ];
}
#endif
