using System;
using PrivacyAttributes;

namespace HealthPlatform.Domain.Marketing
{
    /// <summary>
    /// Ein Eintrag einer Custom Audience oder des Ausgangspublikums einer Lookalike Audience. Der Hash
    /// einer E-Mail-Adresse ist keine Anonymisierung: die Plattform gleicht ihn gerade deshalb mit
    /// ihren Nutzern ab, weil er auf eine Person zurückführt. Er bleibt personenbezogen (pseudonym).
    /// </summary>
    public sealed class AudienceMember
    {
        public Guid PatientId { get; set; }

        [PersonalData(Category.Email, Purpose.Advertising,
            Subjects = DataSubject.Customer | DataSubject.Prospect, Source = DataSource.Derived,
            SharedWith = new[] { Recipients.Meta, Recipients.Google },
            Retention = "UntilPurposeFulfilled",
            Description = "E-Mail-Adresse in gehashter Form, die wir an Social-Media- und Werbeplattformen für Custom Audiences und Lookalike Audiences weitergeben; nach Erstellung der Zielgruppe gelöscht")]
        public string HashedEmail { get; set; } = "";
    }

    /// <summary>Was Cookies auf der Webseite für Re-Targeting und Verbesserung erfassen (nur mit Cookie-Einwilligung).</summary>
    public sealed class VisitorTracking
    {
        [PersonalData(Category.CookieIdentifier, Purpose.Advertising, Purpose.ProductImprovement,
            Subjects = DataSubject.Visitor | DataSubject.Prospect, Source = DataSource.Automatic,
            Description = "Cookie-Kennungen")]
        public string? CookieId { get; set; }

        [PersonalData(Category.BrowsingHistory, Purpose.Advertising, Purpose.ProductImprovement,
            Subjects = DataSubject.Visitor | DataSubject.Prospect, Source = DataSource.Automatic,
            Description = "Produkte und Seiten, die Sie auf unserer Webseite angesehen haben")]
        public string[] ViewedPages { get; set; } = Array.Empty<string>();
    }
}
