using System.Collections.Generic;
using System.Globalization;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Inventory;

/// <summary>
/// Turns a retention period (an ISO 8601 duration such as <c>P6Y6M</c>, or a keyword) into the words a
/// policy uses: "6 years and 6 months", "until you delete your account"; German "6 Jahre und 6 Monate".
/// </summary>
internal static class RetentionPeriodWording
{
    /// <summary>The retention keywords of the spec.</summary>
    public const string UntilPurposeFulfilled = "UntilPurposeFulfilled";

    /// <inheritdoc cref="UntilPurposeFulfilled"/>
    public const string UntilAccountDeletion = "UntilAccountDeletion";

    /// <inheritdoc cref="UntilPurposeFulfilled"/>
    public const string UntilConsentWithdrawn = "UntilConsentWithdrawn";

    // In the order of RetentionPeriod's components.
    private static readonly (string English, string EnglishPlural, string German, string GermanPlural)[] Units =
    [
        ("year", "years", "Jahr", "Jahre"),
        ("month", "months", "Monat", "Monate"),
        ("week", "weeks", "Woche", "Wochen"),
        ("day", "days", "Tag", "Tage"),
        ("hour", "hours", "Stunde", "Stunden"),
        ("minute", "minutes", "Minute", "Minuten"),
        ("second", "seconds", "Sekunde", "Sekunden"),
    ];

    /// <summary>Describes a period in words, as Markdown. A period that is neither a keyword nor a
    /// whole-number ISO 8601 duration is shown as written, escaped: the analyzers report it (PRIV100), and
    /// legal should see what the code says rather than a guess.</summary>
    /// <param name="period">The period from the inventory.</param>
    /// <param name="language">The language.</param>
    /// <returns>Markdown-safe words.</returns>
    public static string Describe(string period, PolicyLanguage language)
    {
        var german = language == PolicyLanguage.German;
        switch (period)
        {
            case UntilPurposeFulfilled:
                return german ? "bis der Zweck der Verarbeitung erfüllt ist" : "until the purpose of the processing is fulfilled";
            case UntilAccountDeletion:
                return german ? "bis zur Löschung Ihres Kontos" : "until you delete your account";
            case UntilConsentWithdrawn:
                return german ? "bis zum Widerruf Ihrer Einwilligung" : "until you withdraw your consent";
        }

        return TryDescribeDuration(period, german) ?? MarkdownText.Escape(period);
    }

    private static string? TryDescribeDuration(string period, bool german)
    {
        // One grammar for every component: the analyzers validate with the same parser (PRIV100).
        if (!RetentionPeriod.TryParse(period, out var parsed) || parsed is null || parsed.IsKeyword)
        {
            return null;
        }

        int[] counts = [parsed.Years, parsed.Months, parsed.Weeks, parsed.Days, parsed.Hours, parsed.Minutes, parsed.Seconds];
        var parts = new List<string>();
        for (var unit = 0; unit < Units.Length; unit++)
        {
            var count = counts[unit];
            if (count == 0)
            {
                continue;
            }

            var (english, englishPlural, germanSingular, germanPlural) = Units[unit];
            var word = german ? (count == 1 ? germanSingular : germanPlural) : (count == 1 ? english : englishPlural);
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + word);
        }

        if (parts.Count == 0)
        {
            // A zero duration (P0D, PT0S): the data is not kept at all.
            return german ? "0 Tage" : "0 days";
        }

        if (parts.Count == 1)
        {
            return parts[0];
        }

        var last = parts[^1];
        parts.RemoveAt(parts.Count - 1);
        return string.Join(", ", parts) + (german ? " und " : " and ") + last;
    }
}
