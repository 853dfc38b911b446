using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PrivacyAttributes.Inventory.Tool;

/// <summary>
/// Reads the constant <c>PrivacyAttributes.Generated.PrivacyInventory.Json</c> from an assembly's metadata.
/// The assembly is never loaded: it may target another framework than the tool, and loading would lock it
/// and run its module initializers.
/// </summary>
internal static class InventoryAssemblyReader
{
    private const string GeneratedNamespace = "PrivacyAttributes.Generated";
    private const string InventoryType = "PrivacyInventory";
    private const string JsonField = "Json";

    /// <summary>Returns the inventory JSON, or <see langword="null"/> when the assembly has none (the
    /// generator did not run). Throws <see cref="BadImageFormatException"/> for a file that is not a .NET
    /// assembly and <see cref="IOException"/> when it cannot be read.</summary>
    public static string? ReadInventoryJson(string assemblyPath)
    {
        using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var image = new PEReader(stream);
        if (!image.HasMetadata)
        {
            throw new BadImageFormatException("The file has no .NET metadata.");
        }

        var metadata = image.GetMetadataReader();
        foreach (var typeHandle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(typeHandle);
            if (!type.GetDeclaringType().IsNil
                || !metadata.StringComparer.Equals(type.Namespace, GeneratedNamespace)
                || !metadata.StringComparer.Equals(type.Name, InventoryType))
            {
                continue;
            }

            foreach (var fieldHandle in type.GetFields())
            {
                var field = metadata.GetFieldDefinition(fieldHandle);
                if (!metadata.StringComparer.Equals(field.Name, JsonField) || field.GetDefaultValue().IsNil)
                {
                    continue;
                }

                var constant = metadata.GetConstant(field.GetDefaultValue());
                if (constant.TypeCode != ConstantTypeCode.String)
                {
                    return null;
                }

                // ECMA-335 II.22.9: a string constant's blob is its UTF-16LE code units, without terminator.
                var blob = metadata.GetBlobReader(constant.Value);
                return blob.ReadUTF16(blob.Length);
            }
        }

        return null;
    }
}
