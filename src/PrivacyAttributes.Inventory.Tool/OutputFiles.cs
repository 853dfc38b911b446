using System;
using System.IO;
using System.Text;

namespace PrivacyAttributes.Inventory.Tool;

/// <summary>Writes output files so that a reader never sees half a file and an unchanged file is not touched.</summary>
internal static class OutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The bytes a file written from <paramref name="text"/> holds: UTF-8 without a byte-order mark.</summary>
    public static byte[] Encode(string text) => Utf8.GetBytes(text);

    /// <inheritdoc cref="Encode(string)"/>
    public static byte[] Encode(ReadOnlySpan<char> text)
    {
        var bytes = new byte[Utf8.GetByteCount(text)];
        Utf8.GetBytes(text, bytes);
        return bytes;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, unless the file already
    /// holds exactly those bytes: its time stamp then stays, so incremental builds and file watchers see no change.</summary>
    /// <returns>Whether the file was written.</returns>
    public static bool WriteIfChanged(string path, string text) => WriteIfChanged(path, Encode(text));

    /// <inheritdoc cref="WriteIfChanged(string, string)"/>
    public static bool WriteIfChanged(string path, byte[] bytes)
    {
        if (Holds(path, bytes))
        {
            return false;
        }

        // A temporary file in the same folder, then a rename: on one volume the rename replaces the target
        // in one step, so a crash or a concurrent reader sees the old file or the new one, never a mix.
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Whether the file exists and holds exactly <paramref name="bytes"/>; the length is compared
    /// first, so a file of another size is not read.</summary>
    public static bool Holds(string path, ReadOnlySpan<byte> bytes) =>
        File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);

    /// <summary>Deletes a file if it exists.</summary>
    /// <returns>Whether a file was deleted.</returns>
    public static bool DeleteIfExists(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }
}
