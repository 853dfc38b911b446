using System.Linq;
using PrivacyAttributes.Taxonomy;
using Xunit;

namespace PrivacyAttributes.Tests.Taxonomy
{
    /// <summary>Every name the table maps to must exist in the vocabulary file copied from its source.</summary>
    public class VocabularyMappingTests
    {
        [Theory]
        [InlineData("fideslang-data-categories.txt")]
        [InlineData("fideslang-data-uses.txt")]
        [InlineData("apple-data-types.txt")]
        [InlineData("apple-purposes.txt")]
        [InlineData("google-play-data-types.txt")]
        [InlineData("google-play-purposes.txt")]
        [InlineData("ccpa-categories.txt")]
        public void VocabularyFilesLoad(string file) => Assert.NotEmpty(Vocabulary.Load(file));

        [Fact]
        public void FideslangDataCategoriesAreRealKeys()
        {
            var vocabulary = Vocabulary.Load("fideslang-data-categories.txt");
            var unknown = PrivacyTaxonomy.Categories.Where(c => !vocabulary.Contains(c.FideslangDataCategory)).Select(c => $"{c.Category}: {c.FideslangDataCategory}").ToList();
            Assert.Empty(unknown);
        }

        [Fact]
        public void FideslangDataUsesAreRealKeys()
        {
            var vocabulary = Vocabulary.Load("fideslang-data-uses.txt");
            var unknown = PrivacyTaxonomy.Purposes.Where(p => !vocabulary.Contains(p.FideslangDataUse)).Select(p => $"{p.Purpose}: {p.FideslangDataUse}").ToList();
            Assert.Empty(unknown);
        }

        [Fact]
        public void AppleDataTypesAreReal()
        {
            var vocabulary = Vocabulary.Load("apple-data-types.txt");
            var unknown = PrivacyTaxonomy.Categories.Where(c => !vocabulary.Contains(c.AppleDataType)).Select(c => $"{c.Category}: {c.AppleDataType}").ToList();
            Assert.Empty(unknown);
        }

        [Fact]
        public void ApplePurposesAreReal()
        {
            var vocabulary = Vocabulary.Load("apple-purposes.txt");
            var unknown = PrivacyTaxonomy.Purposes.Where(p => !vocabulary.Contains(p.ApplePurpose)).Select(p => $"{p.Purpose}: {p.ApplePurpose}").ToList();
            Assert.Empty(unknown);
        }

        [Fact]
        public void GooglePlayDataTypesAreReal()
        {
            var vocabulary = Vocabulary.Load("google-play-data-types.txt");
            var unknown = PrivacyTaxonomy.Categories.Where(c => !vocabulary.Contains(c.GooglePlayDataType)).Select(c => $"{c.Category}: {c.GooglePlayDataType}").ToList();
            Assert.Empty(unknown);
        }

        [Fact]
        public void GooglePlayPurposesAreReal()
        {
            var vocabulary = Vocabulary.Load("google-play-purposes.txt");
            var unknown = PrivacyTaxonomy.Purposes.Where(p => !vocabulary.Contains(p.GooglePlayPurpose)).Select(p => $"{p.Purpose}: {p.GooglePlayPurpose}").ToList();
            Assert.Empty(unknown);
        }

        [Fact]
        public void CcpaCategoriesAreLettersAToK()
        {
            var vocabulary = Vocabulary.Load("ccpa-categories.txt");
            var unknown = PrivacyTaxonomy.Categories.Where(c => !vocabulary.Contains(c.CcpaCategory)).Select(c => $"{c.Category}: {c.CcpaCategory}").ToList();
            Assert.Empty(unknown);
        }

        [Fact]
        public void Article9DataUsesApplesSensitiveInfoOrHealth()
        {
            foreach (var info in PrivacyTaxonomy.Categories.Where(c => c.IsSpecialCategory))
            {
                Assert.Contains(info.AppleDataType, new[] { "NSPrivacyCollectedDataTypeSensitiveInfo", "NSPrivacyCollectedDataTypeHealth" });
            }
        }

        [Fact]
        public void SpotChecksOfTheBrief()
        {
            var email = PrivacyTaxonomy.Get(Category.Email);
            Assert.Equal("user.contact.email", email.FideslangDataCategory);
            Assert.Equal("NSPrivacyCollectedDataTypeEmailAddress", email.AppleDataType);
            Assert.Equal("Email address", email.GooglePlayDataType);
            Assert.Equal("A", email.CcpaCategory);
            Assert.Equal("E-Mail-Adresse", email.LabelDe);
            Assert.Equal("user.criminal_history", PrivacyTaxonomy.Get(Category.CriminalRecord).FideslangDataCategory);
            Assert.Equal("Processing your order", PrivacyTaxonomy.Get(Purpose.OrderFulfillment).LabelEn);
            Assert.Equal("Abwicklung Ihrer Bestellung", PrivacyTaxonomy.Get(Purpose.OrderFulfillment).LabelDe);
            Assert.Equal("essential.service", PrivacyTaxonomy.Get(Purpose.ServiceProvision).FideslangDataUse);
        }
    }
}
