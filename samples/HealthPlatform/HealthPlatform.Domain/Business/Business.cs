using System;
using PrivacyAttributes;

namespace HealthPlatform.Domain.Business
{
    /// <summary>Ansprechpartner bei Lieferanten, Apotheken und anderen Geschäftspartnern ("wenn Sie oder Ihr Arbeitgeber eine Geschäftsbeziehung mit uns unterhalten").</summary>
    public sealed class BusinessContact
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        [PersonalData(Category.Name, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Description = "Vor- und Nachname")]
        public string FullName { get; set; } = "";

        [PersonalData(Category.Email, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Description = "Geschäftliche Kontaktdaten")]
        public string Email { get; set; } = "";

        [PersonalData(Category.PhoneNumber, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Description = "Geschäftliche Kontaktdaten")]
        public string? PhoneNumber { get; set; }

        [PersonalData(Category.Employer, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Description = "Ihr Arbeitgeber")]
        public string Employer { get; set; } = "";

        [PersonalData(Category.JobTitle, Purpose.PartnerManagement, Subjects = DataSubject.BusinessContact, Description = "Ihre Funktion")]
        public string JobTitle { get; set; } = "";
    }

    /// <summary>Eine Akte zu einem Rechtsstreit oder einem Verdacht auf Betrug oder AGB-Verstoß.</summary>
    public sealed class LegalMatter
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public Guid PatientId { get; set; }

        [PersonalData(Category.Communications, Purpose.LegalClaims, Subjects = DataSubject.Patient | DataSubject.Customer,
            Description = "Korrespondenz zu Streitigkeiten und Rechtsansprüchen")]
        public string Correspondence { get; set; } = "";

        [PersonalData(Category.Health, Purpose.LegalClaims, Subjects = DataSubject.Patient,
            Description = "Patientendaten, soweit zur Geltendmachung, Ausübung oder Verteidigung von Rechtsansprüchen erforderlich")]
        public string RelevantHealthRecords { get; set; } = "";
    }
}
