using NUnit.Framework;

namespace Numinia.Infra.Tests;

/// <summary>
/// The offline SDK is a dependency the program is built against, not part of it: <c>pulumi preview</c> and
/// <c>pulumi up</c> build infra/, stacks/ and components/ with the real packages, where the offline engine's records
/// (<c>Pulumi.Offline</c>) and the <c>PULUMI_OFFLINE</c> symbol do not exist. Only tools/ and the tests read them.
/// </summary>
public sealed class OfflineSdkBoundaryTests
{
    private static readonly string[] s_programFolders = ["infra", "stacks", "components"];

    private static readonly string[] s_offlineOnly = ["Pulumi.Offline", "PULUMI_OFFLINE", "offline-sdk"];

    [Test]
    public void TheProgramCompilesAgainstThePlainPulumiApi()
    {
        var offenders =
            from folder in s_programFolders
            from file in Directory.EnumerateFiles(Path.Combine(Harness.RepoRoot, folder), "*.*", SearchOption.AllDirectories)
            where file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".csproj", StringComparison.Ordinal)
            let relative = Path.GetRelativePath(Harness.RepoRoot, file).Replace('\\', '/')
            where !relative.Contains("/bin/", StringComparison.Ordinal) && !relative.Contains("/obj/", StringComparison.Ordinal)
            from token in s_offlineOnly
            where File.ReadAllText(file).Contains(token, StringComparison.Ordinal)
            select $"{relative}: {token}";

        Assert.That(offenders, Is.Empty, "the offline SDK's own API belongs in tools/ and the tests");
    }
}
