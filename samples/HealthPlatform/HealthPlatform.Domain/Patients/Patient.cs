using System;
using PrivacyAttributes;

namespace HealthPlatform.Domain.Patients
{
    /// <summary>Ein Kunde mit Konto auf der Plattform.</summary>
    public sealed class Patient
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        [PersonalData(Category.UserId, Purpose.ServiceProvision, Purpose.HealthcareProvision, Purpose.OrderFulfillment, Purpose.CustomerSupport, Purpose.LegalClaims,
            Subjects = DataSubject.Patient | DataSubject.Customer, Description = "Kundennummer")]
        public string CustomerNumber { get; set; } = "";

        [PersonalData(Category.Name, Purpose.ServiceProvision, Purpose.HealthcareProvision, Purpose.OrderFulfillment, Purpose.ServiceCommunications, Purpose.FraudPrevention,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true, Description = "Vor- und Nachname")]
        public string FirstName { get; set; } = "";

        [PersonalData(Category.Name, Purpose.ServiceProvision, Purpose.HealthcareProvision, Purpose.OrderFulfillment, Purpose.ServiceCommunications, Purpose.FraudPrevention,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true, Description = "Vor- und Nachname")]
        public string LastName { get; set; } = "";

        /// <summary>Auch für Werbung: gehasht an Social-Media-Plattformen (siehe <c>AudienceMember</c>).</summary>
        [PersonalData(Category.Email, Purpose.ServiceProvision, Purpose.ServiceCommunications, Purpose.CustomerSupport, Purpose.DirectMarketing, Purpose.Advertising,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true, Description = "E-Mail-Adresse")]
        public string Email { get; set; } = "";

        [PersonalData(Category.PhoneNumber, Purpose.ServiceProvision, Purpose.ServiceCommunications, Purpose.CustomerSupport,
            Subjects = DataSubject.Patient | DataSubject.Customer, Description = "Telefonnummer")]
        public string? PhoneNumber { get; set; }

        /// <summary>Verschreibungspflichtige Medikamente gibt es nur für Volljährige; auch Teil der Identitätsprüfung.</summary>
        [PersonalData(Category.DateOfBirth, Purpose.ServiceProvision, Purpose.HealthcareProvision, Purpose.FraudPrevention,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true, Description = "Geburtsdatum")]
        public DateOnly DateOfBirth { get; set; }

        [PersonalData(Category.PostalAddress, Purpose.OrderFulfillment, Purpose.FraudPrevention,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true, Description = "Liefer- und Rechnungsadresse")]
        public string PostalAddress { get; set; } = "";

        [PersonalData(Category.AccountCredentials, Purpose.ServiceProvision,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true, Description = "Passwort (als gesalzener Hash gespeichert)")]
        public string PasswordHash { get; set; } = "";

        /// <summary>Einwilligung in Marketing per E-Mail (Opt-in).</summary>
        [PersonalData(Category.Preferences, Purpose.DirectMarketing, Purpose.Advertising,
            Subjects = DataSubject.Patient | DataSubject.Customer, Description = "Ihre Einwilligungen und Abmeldungen für Marketing")]
        public bool MarketingOptIn { get; set; }

        /// <summary>Ausdrückliche Einwilligung, Marketing anhand der Patientendaten zuzuschneiden (Art. 9 Abs. 2 lit. a DSGVO).</summary>
        [PersonalData(Category.Preferences, Purpose.DirectMarketing,
            Subjects = DataSubject.Patient | DataSubject.Customer, Description = "Ihre Einwilligungen und Abmeldungen für Marketing")]
        public bool HealthDataMarketingConsent { get; set; }

        /// <summary>Einwilligung, den eigenen Arzt über das Arzneimittelabonnement zu informieren.</summary>
        [PersonalData(Category.Preferences, Purpose.HealthcareProvision,
            Subjects = DataSubject.Patient, Description = "Ihre Einwilligung in die Information Ihres Arztes")]
        public bool InformOwnDoctorConsent { get; set; }

        /// <summary>Praxis des eigenen Arztes, an die mit Einwilligung berichtet wird.</summary>
        [PersonalData(Category.Health, Purpose.HealthcareProvision,
            Subjects = DataSubject.Patient, Description = "Name und Anschrift Ihres Arztes")]
        public string? OwnDoctorPractice { get; set; }

        public DateTimeOffset CreatedAt { get; set; }
    }
}
