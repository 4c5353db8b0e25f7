using k8s;

namespace Numinia.Infra.Verify;

/// <summary>
/// Every Helm release is deployed and its workloads ready. Helm (v3, the storage driver of pkg/storage/driver/secrets.go)
/// keeps one Secret of type <c>helm.sh/release.v1</c> per release version, labelled <c>owner=helm</c>, <c>name</c>,
/// <c>version</c> and <c>status</c>; the release's state is its highest version's status, which must be
/// <c>deployed</c> (pkg/release/status.go; a failed upgrade leaves <c>failed</c>, one in flight <c>pending-*</c>).
/// The workloads of the releases' namespaces are then judged as <c>kubectl rollout status</c> does
/// (kubernetes/kubectl pkg/polymorphichelpers/rollout_status.go): every replica updated and available.
/// </summary>
public sealed class ReleasesCheck : IVerifyCheck
{
    /// <inheritdoc/>
    public string Name => "releases";

    /// <inheritdoc/>
    public async Task<CheckResult> RunAsync(VerifyContext context, CancellationToken cancellation)
    {
        var secrets = await context.Client.CoreV1.ListSecretForAllNamespacesAsync(labelSelector: "owner=helm", cancellationToken: cancellation);
        var releases = secrets.Items
            .Where(s => s.Type == "helm.sh/release.v1" && s.Metadata.Labels is not null)
            .GroupBy(s => (Namespace: s.Metadata.NamespaceProperty, Name: Label(s, "name")))
            .Select(g => g.MaxBy(s => int.TryParse(Label(s, "version"), out var v) ? v : 0)!)
            .ToList();
        if (releases.Count == 0)
        {
            return CheckResult.Fail(Name, "no Helm release found (no Secret labelled owner=helm)");
        }

        var problems = releases
            .Where(s => Label(s, "status") != "deployed")
            .Select(s => $"release {s.Metadata.NamespaceProperty}/{Label(s, "name")} version {Label(s, "version")} is {Label(s, "status")}")
            .ToList();

        var namespaces = releases.Select(s => s.Metadata.NamespaceProperty).ToHashSet();
        var workloads = 0;
        var deployments = await context.Client.AppsV1.ListDeploymentForAllNamespacesAsync(cancellationToken: cancellation);
        foreach (var d in deployments.Items.Where(d => namespaces.Contains(d.Metadata.NamespaceProperty)))
        {
            workloads++;
            // kubectl's three waits: new replicas not all updated, old ones not yet terminated, updated ones not available.
            var want = d.Spec.Replicas ?? 1;
            var available = d.Status?.AvailableReplicas ?? 0;
            var updated = d.Status?.UpdatedReplicas ?? 0;
            var total = d.Status?.Replicas ?? 0;
            if (updated < want || total > updated || available < updated)
            {
                problems.Add($"deployment {d.Metadata.NamespaceProperty}/{d.Metadata.Name} {available}/{want} available, {updated} updated, {total} in all");
            }
        }

        var daemonSets = await context.Client.AppsV1.ListDaemonSetForAllNamespacesAsync(cancellationToken: cancellation);
        foreach (var d in daemonSets.Items.Where(d => namespaces.Contains(d.Metadata.NamespaceProperty)))
        {
            workloads++;
            var want = d.Status?.DesiredNumberScheduled ?? 0;
            var available = d.Status?.NumberAvailable ?? 0;
            var updated = d.Status?.UpdatedNumberScheduled ?? 0;
            if (available < want || updated < want)
            {
                problems.Add($"daemonset {d.Metadata.NamespaceProperty}/{d.Metadata.Name} {available}/{want} available, {updated} updated");
            }
        }

        var statefulSets = await context.Client.AppsV1.ListStatefulSetForAllNamespacesAsync(cancellationToken: cancellation);
        foreach (var s in statefulSets.Items.Where(s => namespaces.Contains(s.Metadata.NamespaceProperty)))
        {
            workloads++;
            var want = s.Spec.Replicas ?? 1;
            var ready = s.Status?.ReadyReplicas ?? 0;
            if (ready < want)
            {
                problems.Add($"statefulset {s.Metadata.NamespaceProperty}/{s.Metadata.Name} {ready}/{want} ready");
            }
        }

        return problems.Count == 0
            ? CheckResult.Pass(Name, $"{releases.Count} releases deployed, {workloads} workloads ready")
            : CheckResult.Fail(Name, string.Join("; ", problems));
    }

    private static string Label(k8s.Models.V1Secret secret, string key) =>
        secret.Metadata.Labels is { } labels && labels.TryGetValue(key, out var value) ? value : "";
}
