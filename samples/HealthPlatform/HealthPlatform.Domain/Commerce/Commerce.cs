using System;
using PrivacyAttributes;

namespace HealthPlatform.Domain.Commerce
{
    /// <summary>Eine Bestellung (ein Abonnement) des verordneten Arzneimittels.</summary>
    public sealed class MedicationOrder
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public Guid PatientId { get; set; }

        public Guid PrescriptionId { get; set; }

        [PersonalData(Category.PostalAddress, Purpose.OrderFulfillment, Purpose.ServiceCommunications,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true,
            SharedWith = new[] { Recipients.PartnerPharmacies, Recipients.DeliveryProviders },
            Description = "Lieferadresse")]
        public string ShippingAddress { get; set; } = "";

        [PersonalData(Category.PurchaseHistory, Purpose.OrderFulfillment, Purpose.CustomerSupport, Purpose.LegalCompliance,
            Subjects = DataSubject.Patient | DataSubject.Customer, Description = "Bestellungen, Rücksendungen und Umtausch")]
        public string Plan { get; set; } = "";

        /// <summary>Das Token des Zahlungssystembetreibers; die Kartennummer erreicht uns nie.</summary>
        [PersonalData(Category.PaymentCard, Purpose.PaymentProcessing,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true,
            SharedWith = new[] { Recipients.PaymentProviders },
            Description = "Zahlungsinformationen (bei unserem Zahlungssystembetreiber hinterlegt; wir speichern nur ein Token)")]
        public string PaymentMethodToken { get; set; } = "";

        [PersonalData(Category.Other, Purpose.OrderFulfillment, Purpose.ServiceCommunications,
            Subjects = DataSubject.Patient | DataSubject.Customer, Source = DataSource.ThirdParty,
            Description = "Versand- und Sendungsverfolgungsinformationen")]
        public string? TrackingNumber { get; set; }

        public decimal Amount { get; set; }

        public DateTimeOffset PlacedAt { get; set; }
    }

    /// <summary>Eine Identitätsprüfung vor dem ersten Kauf (Betrugsprävention, gesetzliche Pflicht).</summary>
    public sealed class IdentityCheck
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public Guid PatientId { get; set; }

        [PersonalData(Category.GovernmentId, Purpose.FraudPrevention, Purpose.LegalCompliance,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true,
            SharedWith = new[] { Recipients.IdentityCheckProviders },
            Description = "Art und Nummer Ihres Ausweisdokuments")]
        public string IdentityDocumentNumber { get; set; } = "";

        [PersonalData(Category.GovernmentId, Purpose.FraudPrevention, Purpose.LegalCompliance,
            Subjects = DataSubject.Patient | DataSubject.Customer, Required = true,
            SharedWith = new[] { Recipients.IdentityCheckProviders },
            Description = "Art und Nummer Ihres Ausweisdokuments")]
        public string IdentityDocumentType { get; set; } = "";

        [PersonalData(Category.Other, Purpose.FraudPrevention, Purpose.LegalCompliance,
            Subjects = DataSubject.Patient | DataSubject.Customer, Source = DataSource.ThirdParty,
            Description = "Ergebnis der Identitätsprüfung")]
        public string Outcome { get; set; } = "";

        public DateTimeOffset CheckedAt { get; set; }
    }
}
