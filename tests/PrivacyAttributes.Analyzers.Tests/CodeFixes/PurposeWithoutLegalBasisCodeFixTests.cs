using System.Threading.Tasks;
using Fix = PrivacyAttributes.Analyzers.Tests.Infrastructure.CodeFixVerifier<PrivacyAttributes.Analyzers.Rules.PurposeWithoutLegalBasisAnalyzer, PrivacyAttributes.CodeFixes.PurposeWithoutLegalBasisCodeFixProvider>;

namespace PrivacyAttributes.Analyzers.Tests.CodeFixes;

public sealed class PurposeWithoutLegalBasisCodeFixTests
{
    [Theory]
    [InlineData(0, "Consent")]
    [InlineData(1, "Contract")]
    [InlineData(2, "LegalObligation")]
    [InlineData(3, "VitalInterests")]
    [InlineData(4, "PublicTask")]
    public Task Each_action_declares_its_basis_after_the_usings(int index, string basis) => Fix.VerifyAsync(
        """
        using System;
        using PrivacyAttributes;

        public class Customer
        {
            [PersonalData(Category.Email, {|PRIV005:Purpose.DirectMarketing|})]
            public string Email { get; set; } = "";
        }
        """,
        $$"""
        using System;
        using PrivacyAttributes;

        [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.{{basis}})]

        public class Customer
        {
            [PersonalData(Category.Email, Purpose.DirectMarketing)]
            public string Email { get; set; } = "";
        }
        """,
        index);

    [Fact]
    public Task Legitimate_interests_leaves_an_empty_interest_for_PRIV011_to_report() => Fix.VerifyAsync(
        """
        using PrivacyAttributes;

        public class Customer
        {
            [PersonalData(Category.Email, {|PRIV005:Purpose.Analytics|})]
            public string Email { get; set; } = "";
        }
        """,
        """
        using PrivacyAttributes;

        [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.LegitimateInterests, LegitimateInterest = "")]

        public class Customer
        {
            [PersonalData(Category.Email, Purpose.Analytics)]
            public string Email { get; set; } = "";
        }
        """,
        5);

    [Fact]
    public async Task The_declaration_goes_into_the_file_with_the_packages_assembly_attributes_and_fix_all_declares_each_purpose_once()
    {
        var test = new Fix.Test { CodeActionIndex = 0, CodeActionEquivalenceKey = "PrivacyAttributes.PRIV005.Consent" };
        test.TestState.Sources.Add(("/0/Privacy.cs", """
            using PrivacyAttributes;

            [assembly: DataController("Example Ltd")]
            [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]

            """));
        test.TestState.Sources.Add(("/0/Customer.cs", """
            using PrivacyAttributes;

            public class Customer
            {
                [PersonalData(Category.Email, Purpose.AccountManagement, {|PRIV005:Purpose.DirectMarketing|}, {|PRIV005:Purpose.Analytics|})]
                public string Email { get; set; } = "";

                [PersonalData(Category.Name, {|PRIV005:Purpose.DirectMarketing|})]
                public string Name { get; set; } = "";
            }
            """));
        test.FixedState.Sources.Add(("/0/Privacy.cs", """
            using PrivacyAttributes;

            [assembly: DataController("Example Ltd")]
            [assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]
            [assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent)]
            [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.Consent)]

            """));
        test.FixedState.Sources.Add(("/0/Customer.cs", """
            using PrivacyAttributes;

            public class Customer
            {
                [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.DirectMarketing, Purpose.Analytics)]
                public string Email { get; set; } = "";

                [PersonalData(Category.Name, Purpose.DirectMarketing)]
                public string Name { get; set; } = "";
            }
            """));

        // Runs the fix one diagnostic at a time and fix-all in document, project and solution scope: each purpose is declared once.
        await test.RunAsync();
    }

    [Fact]
    public Task Without_a_using_it_adds_one() => Fix.VerifyAsync(
        """
        public class Customer
        {
            [PrivacyAttributes.PersonalData(PrivacyAttributes.Category.Email, {|PRIV005:PrivacyAttributes.Purpose.Analytics|})]
            public string Email { get; set; } = "";
        }
        """,
        """
        using PrivacyAttributes;

        [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.Consent)]

        public class Customer
        {
            [PrivacyAttributes.PersonalData(PrivacyAttributes.Category.Email, PrivacyAttributes.Purpose.Analytics)]
            public string Email { get; set; } = "";
        }
        """,
        0);
}
