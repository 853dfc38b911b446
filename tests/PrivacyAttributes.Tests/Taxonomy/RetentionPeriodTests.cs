using PrivacyAttributes.Taxonomy;
using Xunit;

namespace PrivacyAttributes.Tests.Taxonomy;

public sealed class RetentionPeriodTests
{
    [Theory]
    [InlineData("P30D", 0, 0, 0, 30, 0)]
    [InlineData("P2Y", 2, 0, 0, 0, 0)]
    [InlineData("P6Y6M", 6, 6, 0, 0, 0)]
    [InlineData("P1W", 0, 0, 1, 0, 0)]
    [InlineData("P1Y2M3W4DT5H", 1, 2, 3, 4, 5)]
    [InlineData("PT12H", 0, 0, 0, 0, 12)]
    public void Parses_durations(string text, int years, int months, int weeks, int days, int hours)
    {
        Assert.True(RetentionPeriod.TryParse(text, out var period));
        Assert.NotNull(period);
        Assert.False(period!.IsKeyword);
        Assert.Equal((years, months, weeks, days, hours), (period.Years, period.Months, period.Weeks, period.Days, period.Hours));
    }

    [Theory]
    [InlineData("UntilPurposeFulfilled", RetentionKeyword.UntilPurposeFulfilled)]
    [InlineData("UntilAccountDeletion", RetentionKeyword.UntilAccountDeletion)]
    [InlineData("UntilConsentWithdrawn", RetentionKeyword.UntilConsentWithdrawn)]
    public void Parses_keywords(string text, RetentionKeyword keyword)
    {
        Assert.True(RetentionPeriod.TryParse(text, out var period));
        Assert.Equal(keyword, period!.Keyword);
        Assert.True(period.IsKeyword);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1YT")]
    [InlineData("2 years")]
    [InlineData("p2y")]
    [InlineData("P2")]
    [InlineData("PY")]
    [InlineData("P1M1Y")]
    [InlineData("P1Y1Y")]
    [InlineData("P1.5Y")]
    [InlineData("P-1D")]
    [InlineData("P99999999999D")]
    [InlineData("untilaccountdeletion")]
    [InlineData("P1DT1H1D")]
    public void Rejects_anything_else(string? text)
    {
        Assert.False(RetentionPeriod.TryParse(text, out var period));
        Assert.Null(period);
    }

    [Fact]
    public void Equal_periods_are_equal()
    {
        RetentionPeriod.TryParse("P2Y", out var left);
        RetentionPeriod.TryParse("P2Y", out var right);
        RetentionPeriod.TryParse("P24M", out var other);
        Assert.Equal(left, right);
        Assert.Equal(left!.GetHashCode(), right!.GetHashCode());
        Assert.NotEqual(left, other);
    }
}
