using System.Linq;
using System.Reflection;

namespace PrivacyAttributes.Testing;

/// <summary>Where the repository is, recorded at build time (tests/Directory.Build.targets), so tests find its files.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot")
        .Value!
        .TrimEnd('/', '\\');
}
