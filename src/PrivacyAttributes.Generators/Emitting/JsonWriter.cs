using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PrivacyAttributes.Generators.Emitting
{
    /// <summary>
    /// A small JSON writer for the inventory constant: compact, no whitespace between tokens (the
    /// inventory tool lays the file out, see <c>InventoryJsonLayout</c>). Strings are escaped as JSON
    /// requires: <c>"</c> and <c>\</c>, control characters and lone surrogates as <c>\uXXXX</c>; any
    /// other character is written as is.
    /// </summary>
    /// <remarks>
    /// It writes into the caller's builder, optionally as the inside of a C# verbatim string (every
    /// <c>"</c> doubled), so the generated source is written once: a separate JSON string and a
    /// quoted copy of it were two more copies of several megabytes on large projects.
    /// </remarks>
    internal sealed class JsonWriter
    {
        /// <summary>The ASCII characters that <see cref="WriteString"/> escapes: control characters, <c>"</c> and <c>\</c>.</summary>
        private static readonly bool[] EscapedAscii = CreateEscapedAscii();

        private readonly StringBuilder builder;
        private readonly string quote;
        private readonly Stack<bool> isFirst = new();

        /// <param name="builder">Where the JSON goes.</param>
        /// <param name="insideVerbatimString">Whether to double every <c>"</c>, as the inside of <c>@"..."</c> requires.</param>
        public JsonWriter(StringBuilder builder, bool insideVerbatimString)
        {
            this.builder = builder;
            quote = insideVerbatimString ? "\"\"" : "\"";
        }

        public void StartObject(string? name = null)
        {
            BeginValue(name);
            builder.Append('{');
            isFirst.Push(true);
        }

        public void EndObject() => End('}');

        public void StartArray(string name)
        {
            BeginValue(name);
            builder.Append('[');
            isFirst.Push(true);
        }

        public void EndArray() => End(']');

        public void Property(string name, string value)
        {
            BeginValue(name);
            WriteString(value);
        }

        /// <summary>Writes the property only when <paramref name="value"/> is not null (optional strings are omitted).</summary>
        public void OptionalProperty(string name, string? value)
        {
            if (value is not null)
            {
                Property(name, value);
            }
        }

        public void Property(string name, int value)
        {
            BeginValue(name);
            builder.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        public void Property(string name, bool value)
        {
            BeginValue(name);
            builder.Append(value ? "true" : "false");
        }

        public void InlineArray(string name, IEnumerable<string> values)
        {
            BeginValue(name);
            builder.Append('[');
            var any = false;
            foreach (var value in values)
            {
                if (any)
                {
                    builder.Append(',');
                }

                WriteString(value);
                any = true;
            }

            builder.Append(']');
        }

        private void BeginValue(string? name)
        {
            if (isFirst.Count == 0)
            {
                return;
            }

            if (!isFirst.Pop())
            {
                builder.Append(',');
            }

            isFirst.Push(false);
            if (name is not null)
            {
                // Property names are the emitter's own ASCII identifiers: nothing in them needs escaping,
                // and checking them was a third of the time spent looking for characters to escape.
                builder.Append(quote).Append(name).Append(quote).Append(':');
            }
        }

        private void End(char close)
        {
            isFirst.Pop();
            builder.Append(close);
        }

        private void WriteString(string value)
        {
            builder.Append(quote);
            if (!NeedsEscaping(value))
            {
                // Nearly every string of an inventory (ids, names, enum members) is written as is.
                builder.Append(value).Append(quote);
                return;
            }

            for (var i = 0; i < value.Length; i++)
            {
                var c = value[i];
                switch (c)
                {
                    case '"':
                        builder.Append('\\').Append(quote);
                        break;
                    case '\\':
                        builder.Append("\\\\");
                        break;
                    default:
                        if (c < ' ' || IsLoneSurrogate(value, i))
                        {
                            builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            builder.Append(c);
                        }

                        break;
                }
            }

            builder.Append(quote);
        }

        private static bool NeedsEscaping(string value)
        {
            foreach (var c in value)
            {
                // One test for the usual case, a printable ASCII character other than '"' and '\'.
                if (c < 0x80 ? EscapedAscii[c] : char.IsSurrogate(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool[] CreateEscapedAscii()
        {
            var escaped = new bool[0x80];
            for (var c = 0; c < ' '; c++)
            {
                escaped[c] = true;
            }

            escaped['"'] = true;
            escaped['\\'] = true;
            return escaped;
        }

        private static bool IsLoneSurrogate(string value, int index)
        {
            var c = value[index];
            if (char.IsHighSurrogate(c))
            {
                return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
            }

            if (char.IsLowSurrogate(c))
            {
                return index == 0 || !char.IsHighSurrogate(value[index - 1]);
            }

            return false;
        }
    }
}
