using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>A parsed JSON value: <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, null, <see cref="JsonObject"/> or <see cref="List{T}"/> of values.</summary>
    internal sealed class JsonObject
    {
        private readonly List<KeyValuePair<string, object?>> properties = new();

        public void Add(string name, object? value) => properties.Add(new KeyValuePair<string, object?>(name, value));

        /// <summary>The first property named <paramref name="name"/> (ordinal), or null.</summary>
        public object? this[string name]
        {
            get
            {
                foreach (var property in properties)
                {
                    if (string.Equals(property.Key, name, System.StringComparison.Ordinal))
                    {
                        return property.Value;
                    }
                }

                return null;
            }
        }

        public string? String(string name) => this[name] as string;

        public JsonObject? Object(string name) => this[name] as JsonObject;

        public List<object?> Array(string name) => this[name] as List<object?> ?? new List<object?>();

        public int Int(string name) => this[name] is long value && value >= int.MinValue && value <= int.MaxValue ? (int)value : 0;

        public bool Bool(string name) => this[name] is true;
    }

    /// <summary>
    /// A minimal JSON reader for the inventories this generator writes, for netstandard2.0 without
    /// packages. Strict about syntax, so a damaged document is refused as a whole (<see cref="TryParse"/>
    /// returns false) rather than half read; never throws.
    /// </summary>
    internal sealed class JsonReader
    {
        private const int MaxDepth = 64;
        private readonly string text;
        private int position;

        private JsonReader(string text)
        {
            this.text = text;
        }

        public static bool TryParse(string? text, out object? value)
        {
            value = null;
            if (text is null)
            {
                return false;
            }

            var reader = new JsonReader(text);
            if (!reader.TryReadValue(0, out value))
            {
                value = null;
                return false;
            }

            reader.SkipWhitespace();
            if (reader.position != text.Length)
            {
                value = null;
                return false;
            }

            return true;
        }

        private bool TryReadValue(int depth, out object? value)
        {
            value = null;
            SkipWhitespace();
            if (position >= text.Length || depth > MaxDepth)
            {
                return false;
            }

            switch (text[position])
            {
                case '{':
                    return TryReadObject(depth, out value);
                case '[':
                    return TryReadArray(depth, out value);
                case '"':
                    var ok = TryReadString(out var s);
                    value = s;
                    return ok;
                case 't':
                    value = true;
                    return TryReadLiteral("true");
                case 'f':
                    value = false;
                    return TryReadLiteral("false");
                case 'n':
                    value = null;
                    return TryReadLiteral("null");
                default:
                    return TryReadNumber(out value);
            }
        }

        private bool TryReadObject(int depth, out object? value)
        {
            value = null;
            var result = new JsonObject();
            position++;
            SkipWhitespace();
            if (position < text.Length && text[position] == '}')
            {
                position++;
                value = result;
                return true;
            }

            while (true)
            {
                SkipWhitespace();
                if (position >= text.Length || text[position] != '"' || !TryReadString(out var name))
                {
                    return false;
                }

                SkipWhitespace();
                if (position >= text.Length || text[position] != ':')
                {
                    return false;
                }

                position++;
                if (!TryReadValue(depth + 1, out var item))
                {
                    return false;
                }

                result.Add(name!, item);
                SkipWhitespace();
                if (position >= text.Length)
                {
                    return false;
                }

                if (text[position] == ',')
                {
                    position++;
                    continue;
                }

                if (text[position] == '}')
                {
                    position++;
                    value = result;
                    return true;
                }

                return false;
            }
        }

        private bool TryReadArray(int depth, out object? value)
        {
            value = null;
            var result = new List<object?>();
            position++;
            SkipWhitespace();
            if (position < text.Length && text[position] == ']')
            {
                position++;
                value = result;
                return true;
            }

            while (true)
            {
                if (!TryReadValue(depth + 1, out var item))
                {
                    return false;
                }

                result.Add(item);
                SkipWhitespace();
                if (position >= text.Length)
                {
                    return false;
                }

                if (text[position] == ',')
                {
                    position++;
                    continue;
                }

                if (text[position] == ']')
                {
                    position++;
                    value = result;
                    return true;
                }

                return false;
            }
        }

        private bool TryReadString(out string? value)
        {
            value = null;
            position++;
            var builder = new StringBuilder();
            while (position < text.Length)
            {
                var c = text[position++];
                if (c == '"')
                {
                    value = builder.ToString();
                    return true;
                }

                if (c < ' ')
                {
                    return false;
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (position >= text.Length)
                {
                    return false;
                }

                switch (text[position++])
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (position + 4 > text.Length
                            || !int.TryParse(text.Substring(position, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            return false;
                        }

                        builder.Append((char)code);
                        position += 4;
                        break;
                    default:
                        return false;
                }
            }

            return false;
        }

        private bool TryReadNumber(out object? value)
        {
            value = null;
            var start = position;
            while (position < text.Length && (char.IsDigit(text[position]) || text[position] is '-' or '+' or '.' or 'e' or 'E'))
            {
                position++;
            }

            var token = text.Substring(start, position - start);
            if (token.Length == 0)
            {
                return false;
            }

            if (long.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                value = integer;
                return true;
            }

            if (double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            {
                value = real;
                return true;
            }

            return false;
        }

        private bool TryReadLiteral(string literal)
        {
            if (string.CompareOrdinal(text, position, literal, 0, literal.Length) != 0)
            {
                return false;
            }

            position += literal.Length;
            return true;
        }

        private void SkipWhitespace()
        {
            while (position < text.Length && text[position] is ' ' or '\t' or '\n' or '\r')
            {
                position++;
            }
        }
    }
}
