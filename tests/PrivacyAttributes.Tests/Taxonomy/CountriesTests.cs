using System;
using System.Globalization;
using System.Linq;
using PrivacyAttributes.Taxonomy;
using Xunit;

namespace PrivacyAttributes.Tests.Taxonomy
{
    public class CountriesTests
    {
        [Fact]
        public void AllCodesAreAssignedUpperCaseUniqueAndNamed()
        {
            Assert.Equal(249, Countries.All.Count);
            Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Code).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(Countries.All.Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal), Countries.All.Select(c => c.Code));
            foreach (var country in Countries.All)
            {
                Assert.Matches("^[A-Z]{2}$", country.Code);
                Assert.True(Countries.IsAssigned(country.Code));
                Assert.False(string.IsNullOrWhiteSpace(country.NameEn));
                Assert.False(string.IsNullOrWhiteSpace(country.NameDe));
                Assert.Equal(country.NameEn, Countries.NameEn(country.Code));
                Assert.Equal(country.NameDe, Countries.NameDe(country.Code));
            }

            Assert.Equal("Germany", Countries.NameEn("DE"));
            Assert.Equal("Deutschland", Countries.NameDe("DE"));
            Assert.Equal("Vereinigte Staaten", Countries.NameDe("US"));
            Assert.Equal("Vereinigtes Königreich", Countries.NameDe("GB"));
        }

        [Fact]
        public void EeaHasThirtyAssignedMembers()
        {
            Assert.Equal(30, Countries.Eea.Count);
            Assert.Equal(30, Countries.Eea.Distinct(StringComparer.Ordinal).Count());
            Assert.All(Countries.Eea, code => Assert.True(Countries.IsAssigned(code), code));
            Assert.All(Countries.Eea, code => Assert.True(Countries.IsInEea(code), code));
            Assert.Equal(30, Countries.All.Count(c => Countries.IsInEea(c.Code)));
            Assert.True(Countries.IsInEea("NO"));
            Assert.True(Countries.IsInEea("LI"));
            Assert.False(Countries.IsInEea("CH"));
            Assert.False(Countries.IsInEea("GB"));
        }

        [Fact]
        public void AdequacyDecisionsAreForAssignedNonEeaCountriesWithValidDates()
        {
            Assert.NotEmpty(Countries.AdequacyDecisions);
            Assert.True(DateTime.TryParseExact(Countries.AdequacyListAsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var asOf));
            foreach (var decision in Countries.AdequacyDecisions)
            {
                Assert.True(Countries.IsAssigned(decision.CountryCode), decision.CountryCode);
                Assert.False(Countries.IsInEea(decision.CountryCode), decision.CountryCode);
                Assert.True(
                    DateTime.TryParseExact(decision.DecidedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date),
                    $"{decision.CountryCode}: {decision.DecidedOn}");
                Assert.True(date <= asOf, decision.CountryCode);
                Assert.False(string.IsNullOrWhiteSpace(decision.Reference));
                Assert.True(Countries.TryGetAdequacyDecision(decision.CountryCode, out var found));
                Assert.Same(decision, found);
            }

            var expected = new[] { "AD", "AR", "BR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "US", "UY" };
            Assert.Equal(expected, Countries.AdequacyDecisions.Select(d => d.CountryCode));
        }

        [Fact]
        public void PartialDecisionsSayWhomTheyCover()
        {
            Assert.True(Countries.TryGetAdequacyDecision("US", out var us));
            Assert.Equal("2023-07-10", us.DecidedOn);
            Assert.True(us.IsPartial);
            Assert.Contains("Data Privacy Framework", us.Scope, StringComparison.Ordinal);

            Assert.True(Countries.TryGetAdequacyDecision("CA", out var ca));
            Assert.True(ca.IsPartial);

            Assert.True(Countries.TryGetAdequacyDecision("GB", out var gb));
            Assert.Equal("2021-06-28", gb.DecidedOn);
            Assert.Contains("C(2021) 4800", gb.Reference, StringComparison.Ordinal);
            Assert.False(gb.IsPartial);
        }

        [Theory]
        [InlineData("XX")]
        [InlineData("us")]
        [InlineData("Us")]
        [InlineData("")]
        [InlineData(" US")]
        [InlineData("USA")]
        [InlineData("UK")]
        [InlineData("EU")]
        [InlineData("XK")]
        [InlineData(null)]
        public void CodesThatAreNotAssignedUpperCaseAlpha2AreRejectedWithoutThrowing(string? code)
        {
            Assert.False(Countries.IsAssigned(code));
            Assert.False(Countries.IsInEea(code));
            Assert.False(Countries.TryGetAdequacyDecision(code, out var decision));
            Assert.Null(decision);
            Assert.False(Countries.TryGet(code, out var country));
            Assert.Null(country);
            Assert.Null(Countries.NameEn(code));
            Assert.Null(Countries.NameDe(code));
        }

        [Fact]
        public void EeaCountriesHaveNoAdequacyDecision()
        {
            Assert.False(Countries.TryGetAdequacyDecision("DE", out _));
            Assert.False(Countries.TryGetAdequacyDecision("CN", out _));
        }
    }
}
