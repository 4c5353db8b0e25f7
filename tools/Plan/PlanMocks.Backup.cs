namespace Numinia.Infra.Plan;

public sealed partial class PlanMocks
{
    // AWS Backup: a vault is known by its name, a plan and a selection by generated ids; each lives in its own region when
    // it declares one (Pulumi.Aws 7's per-resource region), else in the provider's.
    private static IEnumerable<KeyValuePair<string, Shape>> BackupShapes() => new Dictionary<string, Shape>
    {
        ["aws:backup/vault:Vault"] = new("", (a, s, m) =>
        {
            var region = (string?)s.GetValueOrDefault("region") ?? m.Region;
            var name = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["id"] = name;
            s["name"] = name;
            s["arn"] = $"arn:aws:backup:{region}:{m.AccountId}:backup-vault:{name}";
            s["recoveryPoints"] = 0.0;
            s["region"] = region;
        }),
        ["aws:backup/plan:Plan"] = new("", (a, s, m) =>
        {
            var region = (string?)s.GetValueOrDefault("region") ?? m.Region;
            var id = m.ClusterUuid("backup-plan:" + a.Name);
            s["id"] = id;
            s["name"] = (string?)s.GetValueOrDefault("name") ?? m.PhysicalName(a.Name!);
            s["arn"] = $"arn:aws:backup:{region}:{m.AccountId}:backup-plan:{id}";
            s["version"] = m.Hex("backup-plan-version:" + a.Name, 32);
            s["region"] = region;
        }),
        ["aws:backup/selection:Selection"] = new("", (a, s, m) =>
        {
            s["id"] = m.ClusterUuid("backup-selection:" + a.Name);
            s["region"] = (string?)s.GetValueOrDefault("region") ?? m.Region;
        }),
    };
}
