namespace PrivacyAttributes.Inventory.Tests;

public sealed class RetentionPeriodWordingTests
{
    [Theory]
    [InlineData("P30D", "30 days", "30 Tage")]
    [InlineData("P1D", "1 day", "1 Tag")]
    [InlineData("P2Y", "2 years", "2 Jahre")]
    [InlineData("P1Y", "1 year", "1 Jahr")]
    [InlineData("P1M", "1 month", "1 Monat")]
    [InlineData("P18M", "18 months", "18 Monate")]
    [InlineData("P1W", "1 week", "1 Woche")]
    [InlineData("P2W", "2 weeks", "2 Wochen")]
    [InlineData("P6Y6M", "6 years and 6 months", "6 Jahre und 6 Monate")]
    [InlineData("P1Y2M3D", "1 year, 2 months and 3 days", "1 Jahr, 2 Monate und 3 Tage")]
    [InlineData("PT24H", "24 hours", "24 Stunden")]
    [InlineData("PT1H", "1 hour", "1 Stunde")]
    [InlineData("PT90M", "90 minutes", "90 Minuten")]
    [InlineData("PT1S", "1 second", "1 Sekunde")]
    [InlineData("P1DT12H", "1 day and 12 hours", "1 Tag und 12 Stunden")]
    [InlineData("P0D", "0 days", "0 Tage")]
    [InlineData("P1000D", "1000 days", "1000 Tage")]
    [InlineData("UntilPurposeFulfilled", "until the purpose of the processing is fulfilled", "bis der Zweck der Verarbeitung erfüllt ist")]
    [InlineData("UntilAccountDeletion", "until you delete your account", "bis zur Löschung Ihres Kontos")]
    [InlineData("UntilConsentWithdrawn", "until you withdraw your consent", "bis zum Widerruf Ihrer Einwilligung")]
    public void Describes_durations_and_keywords_in_words(string period, string english, string german)
    {
        Assert.Equal(english, RetentionPeriodWording.Describe(period, PolicyLanguage.English));
        Assert.Equal(german, RetentionPeriodWording.Describe(period, PolicyLanguage.German));
    }

    [Theory]
    [InlineData("P", "P")]
    [InlineData("PT", "PT")]
    [InlineData("P1", "P1")]
    [InlineData("P1.5Y", "P1.5Y")]
    [InlineData("P-1D", "P-1D")]
    [InlineData("p2y", "p2y")]
    [InlineData("P2Y ", "P2Y")]
    [InlineData("P2Y\n", "P2Y")]
    [InlineData("P1D2Y", "P1D2Y")]
    [InlineData("P99999999999Y", "P99999999999Y")]
    [InlineData("P\u0663D", "P\u0663D")]
    [InlineData("untilaccountdeletion", "untilaccountdeletion")]
    [InlineData("forever", "forever")]
    [InlineData("2 years", "2 years")]
    [InlineData("*ever*", "\\*ever\\*")]
    [InlineData("<b>10 years</b>", "&lt;b&gt;10 years&lt;/b&gt;")]
    public void Invalid_period_is_shown_verbatim_and_escaped(string period, string expected)
    {
        Assert.Equal(expected, RetentionPeriodWording.Describe(period, PolicyLanguage.English));
        Assert.Equal(expected, RetentionPeriodWording.Describe(period, PolicyLanguage.German));
    }
}
