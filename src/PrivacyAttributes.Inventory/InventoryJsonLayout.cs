using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace PrivacyAttributes.Inventory;

/// <summary>
/// Lays inventory JSON out as <c>privacy-inventory.json</c> is written (docs/inventory-format.md): two-space
/// indentation, one property per line, arrays of strings on one line (<c>[ "a", "b" ]</c>), empty arrays and
/// objects as <c>[]</c> and <c>{}</c>, <c>\n</c> line ends and a final newline. Tokens are copied as written,
/// escapes included, so only whitespace between tokens changes.
/// </summary>
/// <remarks>
/// The generator compiles the inventory into the assembly without that whitespace: at 1,000 types the
/// indentation is a quarter of the constant, which the compiler parses, embeds in the PDB and emits on every
/// build. The layout is a function of the tokens alone (an array is written on one line exactly when it
/// holds strings only), so laying out the compact constant gives the file the generator used to write.
/// </remarks>
public static class InventoryJsonLayout
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    /// <summary>The JSON laid out as the inventory file is.</summary>
    /// <param name="json">One JSON document, UTF-8, in any layout.</param>
    /// <returns>The laid-out UTF-8 bytes, ending with a newline.</returns>
    /// <exception cref="JsonException">The text is not one well-formed JSON document.</exception>
    public static byte[] Indent(ReadOnlySpan<byte> json)
    {
        var output = new ArrayBufferWriter<byte>(json.Length + (json.Length / 3) + 16);
        var reader = new Utf8JsonReader(json, Options);

        // Per open container: whether it is written on one line, and whether it has a value yet.
        var containers = new List<(bool Inline, bool HasValue)>();

        // A value after a property name goes on the name's line; any other value starts its own place.
        var afterPropertyName = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    BeginValue(output, containers);
                    WriteString(output, reader.ValueSpan);
                    Write(output, ": "u8);
                    afterPropertyName = true;
                    continue;
                case JsonTokenType.StartObject:
                    BeginValueUnless(afterPropertyName, output, containers);
                    Write(output, "{"u8);
                    containers.Add((false, false));
                    break;
                case JsonTokenType.StartArray:
                    BeginValueUnless(afterPropertyName, output, containers);
                    Write(output, "["u8);
                    containers.Add((HoldsStringsOnly(reader), false));
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    var (inline, hasValue) = containers[^1];
                    containers.RemoveAt(containers.Count - 1);
                    if (hasValue)
                    {
                        if (inline)
                        {
                            Write(output, " "u8);
                        }
                        else
                        {
                            NewLine(output, containers.Count);
                        }
                    }

                    Write(output, reader.TokenType == JsonTokenType.EndObject ? "}"u8 : "]"u8);
                    break;
                default:
                    BeginValueUnless(afterPropertyName, output, containers);
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        WriteString(output, reader.ValueSpan);
                    }
                    else
                    {
                        Write(output, reader.ValueSpan);
                    }

                    break;
            }

            afterPropertyName = false;
        }

        Write(output, "\n"u8);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>Whether the array just opened is empty or holds strings only (looked at on a copy of the reader).</summary>
    private static bool HoldsStringsOnly(Utf8JsonReader reader)
    {
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    continue;
                case JsonTokenType.EndArray:
                    return true;
                default:
                    return false;
            }
        }

        return false;
    }

    private static void BeginValueUnless(bool afterPropertyName, ArrayBufferWriter<byte> output, List<(bool Inline, bool HasValue)> containers)
    {
        if (!afterPropertyName)
        {
            BeginValue(output, containers);
        }
    }

    private static void BeginValue(ArrayBufferWriter<byte> output, List<(bool Inline, bool HasValue)> containers)
    {
        if (containers.Count == 0)
        {
            return;
        }

        var (inline, hasValue) = containers[^1];
        containers[^1] = (inline, true);
        if (inline)
        {
            Write(output, hasValue ? ", "u8 : " "u8);
            return;
        }

        if (hasValue)
        {
            Write(output, ","u8);
        }

        NewLine(output, containers.Count);
    }

    private static void NewLine(ArrayBufferWriter<byte> output, int depth)
    {
        var span = output.GetSpan(1 + (depth * 2));
        span[0] = (byte)'\n';
        span.Slice(1, depth * 2).Fill((byte)' ');
        output.Advance(1 + (depth * 2));
    }

    private static void WriteString(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> escaped)
    {
        Write(output, "\""u8);
        Write(output, escaped);
        Write(output, "\""u8);
    }

    private static void Write(ArrayBufferWriter<byte> output, ReadOnlySpan<byte> bytes) => output.Write(bytes);
}
