using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using HealthPlatform.Domain.Care;
using HealthPlatform.Domain.Marketing;
using HealthPlatform.Domain.Patients;
using HealthPlatform.Web.Clients;
using HealthPlatform.Web.Infrastructure;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace HealthPlatform.Web.Features
{
    /// <summary>
    /// Marketing-E-Mails. Auf Patientendaten zugeschnitten nur mit ausdrücklicher Einwilligung;
    /// ohne Opt-in nur zu ähnlichen Produkten, soweit das Gesetz es erlaubt.
    /// </summary>
    [ProcessingPurpose(Purpose.DirectMarketing)]
    public sealed class MarketingService
    {
        private readonly InMemoryStore<Patient> patients;
        private readonly InMemoryStore<QuestionnaireSubmission> submissions;
        private readonly SalesforceClient salesforce;
        private readonly ILogger<MarketingService> logger;

        public MarketingService(InMemoryStore<Patient> patients, InMemoryStore<QuestionnaireSubmission> submissions, SalesforceClient salesforce, ILogger<MarketingService> logger)
        {
            this.patients = patients;
            this.submissions = submissions;
            this.salesforce = salesforce;
            this.logger = logger;
        }

        public async Task<int> SendCampaignAsync(string campaign, CancellationToken cancellationToken)
        {
            var sent = 0;
            foreach (var patient in patients.Where(p => p.MarketingOptIn))
            {
                var template = campaign;
                if (patient.HealthDataMarketingConsent)
                {
                    var goal = submissions.Where(s => s.PatientId == patient.Id).Select(s => s.WeightGoal).FirstOrDefault();
                    template = campaign + (goal is null ? ":allgemein" : ":ziel");
                }

                await salesforce.SendEmailAsync(patient.Email, null, template, cancellationToken);
                sent++;
            }

            logger.LogInformation("Campaign {Campaign} sent to {Count} recipients", campaign, sent);
            return sent;
        }
    }

    /// <summary>
    /// Custom Audiences und Lookalike Audiences. Wer sich vom Marketing abgemeldet hat, wird nicht
    /// weitergegeben. Die Plattformen erhalten nur SHA-256-Hashes der E-Mail-Adressen, die nach dem
    /// Aufbau der Zielgruppe gelöscht werden.
    /// </summary>
    [ProcessingPurpose(Purpose.Advertising)]
    public sealed class AudienceService
    {
        private readonly InMemoryStore<Patient> patients;
        private readonly InMemoryStore<QuestionnaireSubmission> submissions;
        private readonly MetaAudienceClient meta;
        private readonly GoogleAudienceClient google;
        private readonly ILogger<AudienceService> logger;

        public AudienceService(InMemoryStore<Patient> patients, InMemoryStore<QuestionnaireSubmission> submissions, MetaAudienceClient meta, GoogleAudienceClient google, ILogger<AudienceService> logger)
        {
            this.patients = patients;
            this.submissions = submissions;
            this.meta = meta;
            this.google = google;
            this.logger = logger;
        }

        /// <summary>Re-Targeting: Kunden, die nicht widersprochen haben, in die Custom Audience.</summary>
        public async Task<int> SyncCustomAudienceAsync(string audienceId, CancellationToken cancellationToken)
        {
            var count = 0;
            foreach (var patient in patients.Where(p => p.MarketingOptIn))
            {
                var member = new AudienceMember { PatientId = patient.Id, HashedEmail = HashForMatching(patient.Email) };
                await meta.AddToAudienceAsync(audienceId, member.HashedEmail, cancellationToken);
                count++;
            }

            logger.LogInformation("Custom audience {AudienceId}: {Count} members uploaded", audienceId, count);
            return count;
        }

        /// <summary>Ausgangspublikum für eine Lookalike Audience: Kunden, die unseren Kunden ähneln sollen.</summary>
        public async Task<int> BuildLookalikeSeedAsync(string userListId, CancellationToken cancellationToken)
        {
            var count = 0;
            foreach (var patient in patients.Where(p => p.MarketingOptIn))
            {
                // Deliberate mistake (PRIV001): the BMI is health data collected for care, not for advertising; selecting the seed audience by it tells the platform who is obese.
                var eligible = submissions.Where(s => s.PatientId == patient.Id && s.Bmi >= 30m).Count > 0;
                if (!eligible)
                {
                    continue;
                }

                var member = new AudienceMember { PatientId = patient.Id, HashedEmail = HashForMatching(patient.Email) };
                await google.AddToSeedListAsync(userListId, member.HashedEmail, cancellationToken);
                count++;
            }

            logger.LogInformation("Lookalike seed list {UserListId}: {Count} members uploaded", userListId, count);
            return count;
        }

        /// <summary>
        /// Normalisiert und hasht eine E-Mail-Adresse so, wie die Plattformen es für den Abgleich
        /// verlangen. Bewusst NICHT [Anonymizes]: ein ungesalzener Hash lässt sich mit jeder bekannten
        /// Adresse nachrechnen, und die Plattform nutzt ihn genau dazu, die Person zu erkennen.
        /// </summary>
        private static string HashForMatching(string email) =>
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
    }
}
