using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;

namespace PrivacyAttributes.Analyzers.Tests.Infrastructure;

/// <summary>References every analyzer test compiles against.</summary>
public static class TestReferences
{
    /// <summary>
    /// .NET 8 reference assemblies. <c>ReferenceAssemblies.Net.Net80</c> pins a ref-pack version the
    /// package feed lacks, so the version is named here.
    /// </summary>
    public static readonly ReferenceAssemblies Net80 = new(
        "net8.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", "8.0.28"),
        Path.Combine("ref", "net8.0"));

    /// <summary>The attribute assembly, as user code references it.</summary>
    public static readonly MetadataReference PrivacyAttributes =
        MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location);

    /// <summary>
    /// Compiles <paramref name="source"/> into an assembly named <paramref name="assemblyName"/> and
    /// returns it as a metadata reference, for the cases where annotations or declarations live in a
    /// referenced assembly (read from metadata, not source).
    /// </summary>
    public static MetadataReference CompileLibrary(string assemblyName, string source, params MetadataReference[] references)
    {
        var referenceAssemblies = Net80.ResolveAsync(LanguageNames.CSharp, default).GetAwaiter().GetResult();
        var compilation = CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            referenceAssemblies.Add(PrivacyAttributes).AddRange(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            var errors = string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            throw new System.InvalidOperationException($"Test library {assemblyName} does not compile:\n{errors}");
        }

        return MetadataReference.CreateFromImage(stream.ToArray());
    }
}
