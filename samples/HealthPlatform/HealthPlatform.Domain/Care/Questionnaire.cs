using System;
using System.Collections.Generic;
using PrivacyAttributes;

namespace HealthPlatform.Domain.Care
{
    /// <summary>
    /// Der Online-Fragebogen (das "Quiz"). Mit dem Start erteilt die Person ihre ausdrückliche
    /// Einwilligung in die Verarbeitung und Weitergabe ihrer Patientendaten (Art. 9 Abs. 2 lit. a
    /// DSGVO). Auch wer ihn beginnt, aber nicht beendet, ist für die Erklärung ein (potenzieller) Kunde.
    /// </summary>
    public sealed class QuestionnaireSubmission
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public Guid? PatientId { get; set; }

        /// <summary>Wird zu Beginn erfragt, auch von potenziellen Kunden, die den Fragebogen nicht beenden.</summary>
        [PersonalData(Category.Email, Purpose.ServiceProvision, Purpose.DirectMarketing, Purpose.Advertising,
            Subjects = DataSubject.Prospect | DataSubject.Patient, Required = true, Description = "E-Mail-Adresse")]
        public string Email { get; set; } = "";

        [PersonalData(Category.Demographics, Purpose.ServiceProvision, Purpose.HealthcareProvision,
            Subjects = DataSubject.Prospect | DataSubject.Patient, Required = true, Description = "Geschlecht")]
        public string Sex { get; set; } = "";

        [PersonalData(Category.Health, Purpose.ServiceProvision, Purpose.HealthcareProvision, Purpose.OrderFulfillment,
            Subjects = DataSubject.Prospect | DataSubject.Patient, Required = true, Description = "Körpergröße und Gewicht")]
        public decimal HeightCm { get; set; }

        [PersonalData(Category.Health, Purpose.ServiceProvision, Purpose.HealthcareProvision, Purpose.OrderFulfillment,
            Subjects = DataSubject.Prospect | DataSubject.Patient, Required = true, Description = "Körpergröße und Gewicht")]
        public decimal WeightKg { get; set; }

        [PersonalData(Category.Health, Purpose.ServiceProvision, Purpose.HealthcareProvision, Purpose.OrderFulfillment,
            Subjects = DataSubject.Prospect | DataSubject.Patient, Source = DataSource.Derived, Description = "Body-Mass-Index (aus Größe und Gewicht berechnet)")]
        public decimal Bmi { get; set; }

        /// <summary>Antworten zu Vorerkrankungen, Medikamenten, Allergien, Schwangerschaft.</summary>
        [PersonalData(Category.Health, Purpose.ServiceProvision, Purpose.HealthcareProvision,
            Subjects = DataSubject.Prospect | DataSubject.Patient, Required = true,
            SharedWith = new[] { Recipients.PrescribingDoctors },
            Description = "Antworten im medizinischen Online-Fragebogen (Vorerkrankungen, Medikamente, Allergien)")]
        public Dictionary<string, string> MedicalAnswers { get; set; } = new();

        /// <summary>Mit ausdrücklicher Einwilligung auch für zugeschnittenes Marketing verwendet.</summary>
        [PersonalData(Category.Health, Purpose.ServiceProvision, Purpose.DirectMarketing,
            Subjects = DataSubject.Prospect | DataSubject.Patient, Description = "Ihr Ziel beim Gewichtsmanagement")]
        public string? WeightGoal { get; set; }

        public bool Completed { get; set; }
    }

    /// <summary>Eine Konsultation mit einem verschreibenden Arzt.</summary>
    public sealed class Consultation
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public Guid PatientId { get; set; }

        public string DoctorId { get; set; } = "";

        /// <summary>Vom verschreibenden Arzt dokumentiert.</summary>
        [PersonalData(Category.Health, Purpose.HealthcareProvision, Purpose.LegalClaims,
            Subjects = DataSubject.Patient, Source = DataSource.ThirdParty,
            Description = "Aufzeichnungen des verschreibenden Arztes zu Ihrer Konsultation")]
        public string DoctorNotes { get; set; } = "";

        [PersonalData(Category.Health, Purpose.HealthcareProvision,
            Subjects = DataSubject.Patient, Description = "Nachrichten zwischen Ihnen und Ihrem verschreibenden Arzt")]
        public List<string> Messages { get; set; } = new();

        public DateTimeOffset? CompletedAt { get; set; }
    }

    /// <summary>Ein Rezept, das der verschreibende Arzt ausstellt und eine Partnerapotheke beliefert.</summary>
    public sealed class Prescription
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public Guid PatientId { get; set; }

        public Guid ConsultationId { get; set; }

        [PersonalData(Category.Health, Purpose.HealthcareProvision, Purpose.OrderFulfillment, Purpose.LegalCompliance,
            Subjects = DataSubject.Patient, Source = DataSource.ThirdParty,
            SharedWith = new[] { Recipients.PrescribingDoctors, Recipients.PartnerPharmacies, Recipients.OwnDoctor },
            Description = "Rezepte: verordnetes Arzneimittel, Dosierung und Dauer")]
        public string Medication { get; set; } = "";

        [PersonalData(Category.Health, Purpose.HealthcareProvision, Purpose.OrderFulfillment, Purpose.LegalCompliance,
            Subjects = DataSubject.Patient, Source = DataSource.ThirdParty,
            SharedWith = new[] { Recipients.PrescribingDoctors, Recipients.PartnerPharmacies, Recipients.OwnDoctor },
            Description = "Rezepte: verordnetes Arzneimittel, Dosierung und Dauer")]
        public string Dosage { get; set; } = "";

        public DateOnly IssuedOn { get; set; }
    }
}
