using System;
using System.IO;
using System.Text;

namespace PrivacyAttributes.Inventory.Tool;

/// <summary>Writes output files so that a reader never sees half a file and an unchanged file is not touched.</summary>
internal static class OutputFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark, unless the file already
    /// holds exactly those bytes: its time stamp then stays, so incremental builds and file watchers see no change.</summary>
    /// <returns>Whether the file was written.</returns>
    public static bool WriteIfChanged(string path, string text)
    {
        var bytes = Utf8.GetBytes(text);
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
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
