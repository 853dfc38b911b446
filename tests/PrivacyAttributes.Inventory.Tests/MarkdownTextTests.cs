namespace PrivacyAttributes.Inventory.Tests;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Email address", "Email address")]
    [InlineData("Kundennummer (intern), E-Mail-Adresse.", "Kundennummer (intern), E-Mail-Adresse.")]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))")]
    [InlineData("![x](https://tracker.example/p.gif)", "\\!\\[x\\](https://tracker.example/p.gif)")]
    [InlineData("# heading", "\\# heading")]
    [InlineData("C# developer", "C# developer")]
    [InlineData("- item", "\\- item")]
    [InlineData("+ item", "\\+ item")]
    [InlineData("well-known", "well-known")]
    [InlineData("1. first", "1\\. first")]
    [InlineData("2) second", "2\\) second")]
    [InlineData("Version 1.2", "Version 1.2")]
    [InlineData("> quote", "&gt; quote")]
    [InlineData("a | b | c", "a \\| b \\| c")]
    [InlineData("`code`", "\\`code\\`")]
    [InlineData("```", "\\`\\`\\`")]
    [InlineData("*bold* _it_ ~~del~~", "\\*bold\\* \\_it\\_ \\~\\~del\\~\\~")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("{:.class}", "\\{:.class\\}")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("&lt;script&gt;", "&amp;lt;script&amp;gt;")]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData("line one\r\n\r\n# two", "line one # two")]
    [InlineData("\n# two", "\\# two")]
    [InlineData("  padded\t\ttext  ", "padded text")]
    [InlineData("trailing\\", "trailing\\\\")]
    [InlineData("para\u2028graph\u2029sep\u0085nel", "para graph sep nel")]
    [InlineData("bell\u0007here", "bell here")]
    [InlineData("---", "\\---")]
    [InlineData("", "")]
    public void Escapes_markdown_and_html_and_keeps_text_on_one_line(string raw, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(raw));
    }
}
