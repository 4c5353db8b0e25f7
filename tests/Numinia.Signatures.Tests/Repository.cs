namespace Numinia.Signatures.Tests;

/// <summary>Where the repository and the installed type definitions are, from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string NodeModules => Path.Combine(Root, "tests", "signatures", "node_modules");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Numinia.Infra.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("no Numinia.Infra.sln above the test's output folder");
    }
}
