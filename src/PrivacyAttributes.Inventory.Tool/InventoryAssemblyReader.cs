using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;

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

    /// <summary>Returns the inventory JSON as UTF-8 (the bytes <c>privacy-inventory.json</c> holds), or
    /// <see langword="null"/> when the assembly has none (the generator did not run). Throws
    /// <see cref="BadImageFormatException"/> for a file that is not a .NET assembly and
    /// <see cref="IOException"/> when it cannot be read.</summary>
    public static byte[]? ReadInventoryJsonUtf8(string assemblyPath)
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
                // Encoded to UTF-8 straight from the image: the constant is megabytes long, and a string of
                // it would be one more copy of that size to allocate and fill.
                var blob = metadata.GetBlobReader(constant.Value);
                return BitConverter.IsLittleEndian ? EncodeUtf16(blob) : OutputFiles.Encode(blob.ReadUTF16(blob.Length));
            }
        }

        return null;
    }

    private static unsafe byte[] EncodeUtf16(BlobReader blob) =>
        OutputFiles.Encode(MemoryMarshal.Cast<byte, char>(new ReadOnlySpan<byte>(blob.StartPointer, blob.Length & ~1)));
}
