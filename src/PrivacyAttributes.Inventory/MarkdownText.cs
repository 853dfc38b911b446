using System;
using System.Text;

namespace PrivacyAttributes.Inventory;

/// <summary>
/// Makes text that came from attributes (descriptions, names, interests, controller fields) safe to put
/// into the rendered Markdown: it cannot start a block (heading, list, quote, table, code), form a link,
/// image, emphasis or code span, or carry HTML when the Markdown is shown as HTML.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Escapes one attribute value for use inline, on a single line.</summary>
    /// <param name="text">The raw text.</param>
    /// <returns>The text with line breaks collapsed to single spaces, trimmed, and escaped.</returns>
    public static string Escape(string text)
    {
        var line = CollapseWhitespace(text);
        var escaped = new StringBuilder(line.Length + 16);
        for (var index = 0; index < line.Length; index++)
        {
            var character = line[index];
            switch (character)
            {
                // As entities rather than backslash escapes: Markdown shown as HTML must not open a tag, and
                // a raw '&' could complete an entity the author never wrote.
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '<':
                    escaped.Append("&lt;");
                    break;
                case '>':
                    escaped.Append("&gt;");
                    break;

                // Inline syntax anywhere in a line: escapes, code spans, emphasis, strikethrough, links and
                // images (']' and '!' too, so no "![" or "](" survives), table cells, and attribute lists
                // of Markdown dialects that have them.
                case '\\' or '`' or '*' or '_' or '~' or '[' or ']' or '!' or '|' or '{' or '}':
                    escaped.Append('\\').Append(character);
                    break;

                // Block syntax matters only where the text may begin a line (a list item's content is a
                // line of its own): ATX headings, bullet markers, and ordered-list markers "1." / "1)".
                case '#' or '-' or '+' when index == 0:
                    escaped.Append('\\').Append(character);
                    break;
                case '.' or ')' when IsOrderedListMarker(line, index):
                    escaped.Append('\\').Append(character);
                    break;
                default:
                    escaped.Append(character);
                    break;
            }
        }

        return escaped.ToString();
    }

    private static bool IsOrderedListMarker(string line, int index)
    {
        if (index == 0 || index > 9)
        {
            return false;
        }

        for (var digit = 0; digit < index; digit++)
        {
            if (line[digit] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every run of whitespace or control characters (CR, LF, tab, line and paragraph separators)
    /// becomes one space, so a value can neither end the line it is on nor carry a hard line break.</summary>
    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character) || char.IsControl(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}
