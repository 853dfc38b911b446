using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PrivacyAttributes.Generators
{
    /// <summary>Emits <c>PrivacyAttributes.Generated.PrivacyInventory</c>, the data inventory of the assembly.</summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class InventoryGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var assemblyName = context.CompilationProvider
                .Select(static (compilation, _) => compilation.AssemblyName ?? string.Empty)
                .WithTrackingName("AssemblyName");

            context.RegisterSourceOutput(assemblyName, static (output, name) =>
            {
                var json = "{\"schemaVersion\":1,\"assembly\":\"" + name.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"}";
                var source = "namespace PrivacyAttributes.Generated\n{\n    internal static class PrivacyInventory\n    {\n        public const string Json = @\"" + json.Replace("\"", "\"\"") + "\";\n    }\n}\n";
                output.AddSource("PrivacyInventory.g.cs", SourceText.From(source, Encoding.UTF8));
            });
        }
    }
}
