using System;
using PrivacyAttributes;

namespace HealthPlatform.Domain.Community
{
    /// <summary>
    /// Ein Beitrag in der Online-Community zum Gewichtsmanagement. Als Gesundheitsdaten eingestuft:
    /// wer in dieser Community schreibt, offenbart in aller Regel Gewicht, Behandlung oder Verlauf.
    /// </summary>
    public sealed class CommunityPost
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public Guid AuthorPatientId { get; set; }

        [PersonalData(Category.Name, Purpose.Other,
            Subjects = DataSubject.Patient | DataSubject.Customer, Description = "Ihr Anzeigename in der Community")]
        public string AuthorDisplayName { get; set; } = "";

        [PersonalData(Category.Health, Purpose.Other,
            Subjects = DataSubject.Patient | DataSubject.Customer,
            Description = "Ihre Beiträge in der Online-Community, die Angaben zu Ihrer Gesundheit enthalten können")]
        public string Body { get; set; } = "";

        public DateTimeOffset PostedAt { get; set; }
    }

    /// <summary>Eine Nachricht zwischen Kunde und Gesundheitscoach.</summary>
    public sealed class CoachMessage
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public Guid PatientId { get; set; }

        public string CoachId { get; set; } = "";

        public bool FromCoach { get; set; }

        [PersonalData(Category.Health, Purpose.Other,
            Subjects = DataSubject.Patient | DataSubject.Customer,
            Description = "Nachrichten mit Ihrem Gesundheitscoach zu Ernährung, Bewegung und Gewichtsverlauf")]
        public string Text { get; set; } = "";

        public DateTimeOffset SentAt { get; set; }
    }
}
