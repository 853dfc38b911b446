using System.IO;
using System.Linq;
using System.Reflection;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>Where the sources of the repository are, recorded at build time.</summary>
internal static class TestPaths
{
    public static string GoldenDirectory { get; } = Metadata("GoldenDirectory");

    public static string RepositoryRoot => PrivacyAttributes.Testing.RepositoryPaths.Root;

    public static string Docs(string fileName) => Path.Combine(RepositoryRoot, "docs", fileName);

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
