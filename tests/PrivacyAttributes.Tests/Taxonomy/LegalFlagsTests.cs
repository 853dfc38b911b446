using System;
using System.Linq;
using PrivacyAttributes.Taxonomy;
using Xunit;

namespace PrivacyAttributes.Tests.Taxonomy
{
    public class LegalFlagsTests
    {
        private static readonly Category[] Article9 =
        {
            Category.Health, Category.Genetic, Category.Biometric, Category.RacialOrEthnicOrigin, Category.PoliticalOpinion,
            Category.ReligiousOrPhilosophicalBelief, Category.TradeUnionMembership, Category.SexLifeOrOrientation,
        };

        // Cal. Civ. Code §1798.140(ae), as recorded in docs/taxonomy-sources.md:
        // (1)(A) SSN, driver's licence, state ID, passport; (1)(B) account log-in, financial account, debit or credit
        // card with code or password; (1)(C) precise geolocation; (1)(D) racial or ethnic origin, citizenship or
        // immigration status, religious or philosophical beliefs, union membership; (1)(E) contents of mail, email,
        // text messages unless the business is the intended recipient; (1)(F) genetic data; (2)(A) biometric
        // information for identification; (2)(B) health; (2)(C) sex life or sexual orientation.
        private static readonly Category[] CpraSensitive =
        {
            Category.GovernmentId, Category.AccountCredentials, Category.PaymentCard, Category.BankAccount,
            Category.PreciseLocation, Category.RacialOrEthnicOrigin, Category.ReligiousOrPhilosophicalBelief,
            Category.TradeUnionMembership, Category.Communications, Category.Genetic, Category.Biometric,
            Category.Health, Category.SexLifeOrOrientation,
        };

        [Fact]
        public void Article9CategoriesAreSpecialAndGroupedSo()
        {
            foreach (var info in PrivacyTaxonomy.Categories)
            {
                var expected = Article9.Contains(info.Category);
                Assert.Equal(expected, info.IsSpecialCategory);
                Assert.Equal(expected, info.Group == CategoryGroup.SpecialCategories);
            }
        }

        [Fact]
        public void OnlyCriminalRecordIsArticle10()
        {
            foreach (var info in PrivacyTaxonomy.Categories)
            {
                var expected = info.Category == Category.CriminalRecord;
                Assert.Equal(expected, info.IsCriminalOffenceData);
                Assert.Equal(expected, info.Group == CategoryGroup.Criminal);
                Assert.False(info.IsCriminalOffenceData && info.IsSpecialCategory);
            }
        }

        [Fact]
        public void CpraSensitiveFlagsMatchTheStatute()
        {
            foreach (var info in PrivacyTaxonomy.Categories)
            {
                Assert.True(CpraSensitive.Contains(info.Category) == info.IsCpraSensitive, $"{info.Category}: IsCpraSensitive should be {!info.IsCpraSensitive}");
            }
        }

        [Fact]
        public void GroupsFollowTheSpec()
        {
            Assert.Equal(CategoryGroup.IdentityAndContact, PrivacyTaxonomy.Get(Category.Signature).Group);
            Assert.Equal(CategoryGroup.OnlineIdentifiers, PrivacyTaxonomy.Get(Category.CookieIdentifier).Group);
            Assert.Equal(CategoryGroup.Activity, PrivacyTaxonomy.Get(Category.CoarseLocation).Group);
            Assert.Equal(CategoryGroup.CommercialAndFinancial, PrivacyTaxonomy.Get(Category.FinancialInformation).Group);
            Assert.Equal(CategoryGroup.Professional, PrivacyTaxonomy.Get(Category.Education).Group);
            Assert.Equal(CategoryGroup.ContentAndPreferences, PrivacyTaxonomy.Get(Category.AudioRecording).Group);
            Assert.Equal(CategoryGroup.Other, PrivacyTaxonomy.Get(Category.Other).Group);

            // Groups are contiguous runs in enum order, in the order of CategoryGroup.
            var groups = PrivacyTaxonomy.Categories.Select(c => (int)c.Group).ToArray();
            Assert.Equal(groups.OrderBy(g => g), groups);
            Assert.Equal(Enum.GetValues<CategoryGroup>().Length, groups.Distinct().Count());
        }
    }
}
