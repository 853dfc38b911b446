using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using HealthPlatform.Domain;
using PrivacyAttributes;

namespace HealthPlatform.Web.Clients
{
    /// <summary>Das Netzwerk der verschreibenden Ärzte: Anfragen für Konsultationen mit den Fragebogen-Antworten.</summary>
    [SharesWith(Recipients.PrescribingDoctors)]
    public sealed class PrescriberNetworkClient
    {
        private readonly HttpClient http;

        public PrescriberNetworkClient(HttpClient http) => this.http = http;

        public async Task RequestConsultationAsync(Guid submissionId, string sex, decimal heightCm, decimal weightKg, decimal bmi, IReadOnlyDictionary<string, string> medicalAnswers, CancellationToken cancellationToken = default)
        {
            var answers = new JsonObject();
            foreach (var (question, answer) in medicalAnswers)
            {
                answers[question] = answer;
            }

            var body = new JsonObject
            {
                ["reference"] = submissionId,
                ["sex"] = sex,
                ["heightCm"] = heightCm,
                ["weightKg"] = weightKg,
                ["bmi"] = bmi,
                ["answers"] = answers,
            };
            using var response = await http.PostAsJsonAsync("v1/consultation-requests", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Der Arztbrief an den eigenen Arzt (nur mit Einwilligung).</summary>
    [SharesWith(Recipients.OwnDoctor)]
    public sealed class OwnDoctorLetterClient
    {
        private readonly HttpClient http;

        public OwnDoctorLetterClient(HttpClient http) => this.http = http;

        public async Task SendSubscriptionNoticeAsync(string practice, string firstName, string lastName, DateOnly dateOfBirth, string medication, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject
            {
                ["practice"] = practice,
                ["patient"] = new JsonObject { ["firstName"] = firstName, ["lastName"] = lastName, ["dateOfBirth"] = dateOfBirth.ToString("yyyy-MM-dd") },
                ["medication"] = medication,
            };
            using var response = await http.PostAsJsonAsync("v1/letters", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Die Partnerapotheke, die das Rezept beliefert.</summary>
    [SharesWith(Recipients.PartnerPharmacies)]
    public sealed class PharmacyClient
    {
        private readonly HttpClient http;

        public PharmacyClient(HttpClient http) => this.http = http;

        public async Task SubmitPrescriptionAsync(Guid orderId, string medication, string dosage, string firstName, string lastName, string shippingAddress, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject
            {
                ["order"] = orderId,
                ["medication"] = medication,
                ["dosage"] = dosage,
                ["patient"] = new JsonObject { ["firstName"] = firstName, ["lastName"] = lastName },
                ["shipTo"] = shippingAddress,
            };
            using var response = await http.PostAsJsonAsync("v1/prescriptions", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
