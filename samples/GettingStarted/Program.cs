using System;
using PrivacyAttributes;

[assembly: DataController("Example Shop Ltd", Email = "privacy@example.com")]
[assembly: PurposeLegalBasis(Purpose.AccountManagement, LegalBasis.Contract)]
[assembly: PurposeLegalBasis(Purpose.DirectMarketing, LegalBasis.Consent)]
[assembly: Retention(Category.Email, "UntilAccountDeletion")]

namespace GettingStarted
{
    public sealed class Customer
    {
        [PersonalData(Category.Email, Purpose.AccountManagement, Purpose.DirectMarketing, Subjects = DataSubject.Customer)]
        public string Email { get; set; } = "ada@example.com";

        // Deliberate mistake, reported by PRIV100: personal data must name the purposes it is collected for.
        [PersonalData(Category.PhoneNumber)]
        public string Phone { get; set; } = "+44 20 7946 0000";
    }

    public static class Program
    {
        public static void Main()
        {
            // The generated inventory: what the build found in this assembly.
            Console.WriteLine(PrivacyAttributes.Generated.PrivacyInventory.Json);
        }
    }
}
