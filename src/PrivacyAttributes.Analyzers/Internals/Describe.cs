using System.Globalization;
using PrivacyAttributes.Taxonomy;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>Words for messages: what a developer who never read GDPR understands.</summary>
    internal static class Describe
    {
        /// <summary><c>email address (Category.Email)</c>, or the raw value when it is undefined.</summary>
        public static string Category(Category category) =>
            PrivacyTaxonomy.TryGet(category, out var info)
                ? Lower(info.LabelEn) + " (Category." + category + ")"
                : "Category " + ((int)category).ToString(CultureInfo.InvariantCulture);

        public static string Purpose(Purpose purpose) =>
            PrivacyTaxonomy.TryGet(purpose, out _) ? "Purpose." + purpose : "purpose " + ((int)purpose).ToString(CultureInfo.InvariantCulture);

        public static string Country(string code) =>
            Countries.NameEn(code) is { } name ? name + " (" + code + ")" : code;

        private static string Lower(string label) =>
            label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1])
                ? char.ToLowerInvariant(label[0]) + label.Substring(1)
                : label;
    }
}
