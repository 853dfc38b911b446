using System;
using System.Linq;
using PrivacyAttributes.Taxonomy;
using Xunit;

namespace PrivacyAttributes.Tests.Taxonomy
{
    public class TaxonomyCompletenessTests
    {
        private static void AssertLabels(string member, string en, string de)
        {
            Assert.False(string.IsNullOrWhiteSpace(en), $"{member}: empty English label");
            Assert.False(string.IsNullOrWhiteSpace(de), $"{member}: empty German label");
            Assert.Equal(en.Trim(), en);
            Assert.Equal(de.Trim(), de);
            Assert.NotEqual(en, de);
        }

        [Fact]
        public void EveryCategoryHasACompleteEntryInEnumOrder()
        {
            var values = Enum.GetValues<Category>();
            Assert.Equal(values.Length, PrivacyTaxonomy.Categories.Count);
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                var info = PrivacyTaxonomy.Get(value);
                Assert.Same(PrivacyTaxonomy.Categories[i], info);
                Assert.Equal(value, info.Category);
                Assert.True(PrivacyTaxonomy.TryGet(value, out var tried));
                Assert.Same(info, tried);
                Assert.True(Enum.IsDefined(info.Group));
                foreach (var s in new[] { info.FideslangDataCategory, info.CcpaCategory, info.AppleDataType, info.GooglePlayDataType })
                {
                    Assert.False(string.IsNullOrWhiteSpace(s), $"{value}: empty mapping");
                }

                AssertLabels(value.ToString(), info.LabelEn, info.LabelDe);
            }
        }

        [Fact]
        public void EveryPurposeHasACompleteEntryInEnumOrder()
        {
            var values = Enum.GetValues<Purpose>();
            Assert.Equal(values.Length, PrivacyTaxonomy.Purposes.Count);
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                var info = PrivacyTaxonomy.Get(value);
                Assert.Same(PrivacyTaxonomy.Purposes[i], info);
                Assert.Equal(value, info.Purpose);
                Assert.True(PrivacyTaxonomy.TryGet(value, out var tried));
                Assert.Same(info, tried);
                foreach (var s in new[] { info.FideslangDataUse, info.ApplePurpose, info.GooglePlayPurpose })
                {
                    Assert.False(string.IsNullOrWhiteSpace(s), $"{value}: empty mapping");
                }

                AssertLabels(value.ToString(), info.LabelEn, info.LabelDe);
            }
        }

        [Fact]
        public void EveryLegalBasisHasItsLetterAndCitations()
        {
            var values = Enum.GetValues<LegalBasis>();
            Assert.Equal(values.Length, PrivacyTaxonomy.LegalBases.Count);
            foreach (var value in values)
            {
                var info = PrivacyTaxonomy.Get(value);
                Assert.Equal(value, info.Basis);
                Assert.True(PrivacyTaxonomy.TryGet(value, out var tried));
                Assert.Same(info, tried);
                var letter = (char)('a' + (int)value);
                Assert.Equal(letter, info.Letter);
                Assert.Equal($"Art. 6(1)({letter}) GDPR", info.CitationEn);
                Assert.Equal($"Art. 6 Abs. 1 lit. {letter} DSGVO", info.CitationDe);
                AssertLabels(value.ToString(), info.LabelEn, info.LabelDe);
            }

            Assert.Equal("Consent", PrivacyTaxonomy.Get(LegalBasis.Consent).LabelEn);
            Assert.Equal("Einwilligung", PrivacyTaxonomy.Get(LegalBasis.Consent).LabelDe);
        }

        [Fact]
        public void EverySpecialCategoryConditionHasItsLetterAndCitations_NoneHasNeither()
        {
            var values = Enum.GetValues<SpecialCategoryCondition>();
            Assert.Equal(values.Length, PrivacyTaxonomy.SpecialCategoryConditions.Count);
            foreach (var value in values)
            {
                var info = PrivacyTaxonomy.Get(value);
                Assert.Equal(value, info.Condition);
                Assert.True(PrivacyTaxonomy.TryGet(value, out var tried));
                Assert.Same(info, tried);
                AssertLabels(value.ToString(), info.LabelEn, info.LabelDe);
                if (value == SpecialCategoryCondition.None)
                {
                    Assert.Equal('\0', info.Letter);
                    Assert.Equal(string.Empty, info.CitationEn);
                    Assert.Equal(string.Empty, info.CitationDe);
                    continue;
                }

                var letter = (char)('a' + (int)value - 1);
                Assert.Equal(letter, info.Letter);
                Assert.Equal($"Art. 9(2)({letter}) GDPR", info.CitationEn);
                Assert.Equal($"Art. 9 Abs. 2 lit. {letter} DSGVO", info.CitationDe);
            }

            Assert.Equal("ausdrückliche Einwilligung", PrivacyTaxonomy.Get(SpecialCategoryCondition.ExplicitConsent).LabelDe);
        }

        [Fact]
        public void EveryTransferMechanismHasLabelsAndCitations()
        {
            var values = Enum.GetValues<TransferMechanism>();
            Assert.Equal(values.Length, PrivacyTaxonomy.TransferMechanisms.Count);
            foreach (var value in values)
            {
                var info = PrivacyTaxonomy.Get(value);
                Assert.Equal(value, info.Mechanism);
                Assert.True(PrivacyTaxonomy.TryGet(value, out var tried));
                Assert.Same(info, tried);
                AssertLabels(value.ToString(), info.LabelEn, info.LabelDe);
                Assert.EndsWith(" GDPR", info.CitationEn, StringComparison.Ordinal);
                Assert.EndsWith(" DSGVO", info.CitationDe, StringComparison.Ordinal);
            }

            Assert.Equal("Standardvertragsklauseln", PrivacyTaxonomy.Get(TransferMechanism.StandardContractualClauses).LabelDe);
            Assert.Equal("Art. 46 Abs. 2 lit. c DSGVO", PrivacyTaxonomy.Get(TransferMechanism.StandardContractualClauses).CitationDe);
        }

        [Fact]
        public void EveryRecipientKindDataSourceAndCategoryGroupHasLabels()
        {
            Assert.Equal(Enum.GetValues<RecipientKind>().Length, PrivacyTaxonomy.RecipientKinds.Count);
            foreach (var value in Enum.GetValues<RecipientKind>())
            {
                var info = PrivacyTaxonomy.Get(value);
                Assert.Equal(value, info.Kind);
                Assert.True(PrivacyTaxonomy.TryGet(value, out var tried));
                Assert.Same(info, tried);
                AssertLabels(value.ToString(), info.LabelEn, info.LabelDe);
            }

            Assert.Equal(Enum.GetValues<DataSource>().Length, PrivacyTaxonomy.DataSources.Count);
            foreach (var value in Enum.GetValues<DataSource>())
            {
                var info = PrivacyTaxonomy.Get(value);
                Assert.Equal(value, info.Source);
                Assert.True(PrivacyTaxonomy.TryGet(value, out var tried));
                Assert.Same(info, tried);
                AssertLabels(value.ToString(), info.LabelEn, info.LabelDe);
            }

            Assert.Equal(Enum.GetValues<CategoryGroup>().Length, PrivacyTaxonomy.CategoryGroups.Count);
            foreach (var value in Enum.GetValues<CategoryGroup>())
            {
                var info = PrivacyTaxonomy.Get(value);
                Assert.Equal(value, info.Group);
                Assert.True(PrivacyTaxonomy.TryGet(value, out var tried));
                Assert.Same(info, tried);
                AssertLabels(value.ToString(), info.LabelEn, info.LabelDe);
            }
        }

        [Fact]
        public void EverySingleDataSubjectFlagHasLabels_NoneAndCombinationsHaveNoEntry()
        {
            var flags = Enum.GetValues<DataSubject>().Where(v => v != DataSubject.None).ToArray();
            Assert.Equal(flags.Length, PrivacyTaxonomy.DataSubjects.Count);
            for (var i = 0; i < flags.Length; i++)
            {
                var info = PrivacyTaxonomy.Get(flags[i]);
                Assert.Same(PrivacyTaxonomy.DataSubjects[i], info);
                Assert.Equal(flags[i], info.Subject);
                Assert.True(PrivacyTaxonomy.TryGet(flags[i], out var tried));
                Assert.Same(info, tried);
                AssertLabels(flags[i].ToString(), info.LabelEn, info.LabelDe);
            }

            Assert.False(PrivacyTaxonomy.TryGet(DataSubject.None, out var none));
            Assert.Null(none);
            Assert.False(PrivacyTaxonomy.TryGet(DataSubject.Customer | DataSubject.Prospect, out _));
            Assert.False(PrivacyTaxonomy.TryGet((DataSubject)(1 << 9), out _));
            Assert.False(PrivacyTaxonomy.TryGet((DataSubject)int.MinValue, out _));
            Assert.Throws<ArgumentOutOfRangeException>(() => PrivacyTaxonomy.Get(DataSubject.None));
        }

        [Theory]
        [InlineData(-1)]
        [InlineData(int.MinValue)]
        [InlineData(int.MaxValue)]
        [InlineData(1000)]
        public void TryGetReturnsFalseForUndefinedValues(int raw)
        {
            Assert.False(PrivacyTaxonomy.TryGet((Category)raw, out var c));
            Assert.Null(c);
            Assert.False(PrivacyTaxonomy.TryGet((Purpose)raw, out _));
            Assert.False(PrivacyTaxonomy.TryGet((LegalBasis)raw, out _));
            Assert.False(PrivacyTaxonomy.TryGet((SpecialCategoryCondition)raw, out _));
            Assert.False(PrivacyTaxonomy.TryGet((DataSource)raw, out _));
            Assert.False(PrivacyTaxonomy.TryGet((RecipientKind)raw, out _));
            Assert.False(PrivacyTaxonomy.TryGet((TransferMechanism)raw, out _));
            Assert.False(PrivacyTaxonomy.TryGet((CategoryGroup)raw, out _));
            Assert.Throws<ArgumentOutOfRangeException>(() => PrivacyTaxonomy.Get((Category)raw));
            Assert.Throws<ArgumentOutOfRangeException>(() => PrivacyTaxonomy.Get((Purpose)raw));
        }

        [Fact]
        public void TryGetReturnsFalseJustPastTheLastMember()
        {
            Assert.False(PrivacyTaxonomy.TryGet((Category)Enum.GetValues<Category>().Length, out _));
            Assert.False(PrivacyTaxonomy.TryGet((Purpose)Enum.GetValues<Purpose>().Length, out _));
            Assert.False(PrivacyTaxonomy.TryGet((LegalBasis)Enum.GetValues<LegalBasis>().Length, out _));
            Assert.False(PrivacyTaxonomy.TryGet((SpecialCategoryCondition)Enum.GetValues<SpecialCategoryCondition>().Length, out _));
            Assert.False(PrivacyTaxonomy.TryGet((DataSource)Enum.GetValues<DataSource>().Length, out _));
            Assert.False(PrivacyTaxonomy.TryGet((RecipientKind)Enum.GetValues<RecipientKind>().Length, out _));
            Assert.False(PrivacyTaxonomy.TryGet((TransferMechanism)Enum.GetValues<TransferMechanism>().Length, out _));
            Assert.False(PrivacyTaxonomy.TryGet((CategoryGroup)Enum.GetValues<CategoryGroup>().Length, out _));
        }

        [Fact]
        public void ListsCannotBeModifiedThroughACast()
        {
            Assert.False(PrivacyTaxonomy.Categories is Array);
            Assert.False(PrivacyTaxonomy.Purposes is Array);
            Assert.False(Countries.All is Array);
        }
    }
}
