using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Clients
{
    /// <summary>The applicant tracking system that hosts job applications and referrals.</summary>
    [SharesWith("Applicant tracking provider")]
    public sealed class ApplicantTrackingClient
    {
        private readonly HttpClient http;

        public ApplicantTrackingClient(HttpClient http) => this.http = http;

        public async Task SubmitApplicationAsync(string jobPostingId, string firstName, string lastName, string email, string? phoneNumber, byte[] curriculumVitae, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject
            {
                ["posting"] = jobPostingId,
                ["firstName"] = firstName,
                ["lastName"] = lastName,
                ["email"] = email,
                ["phone"] = phoneNumber,
                ["resume"] = Convert.ToBase64String(curriculumVitae),
            };
            using var response = await http.PostAsJsonAsync("v1/candidates", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }

        public async Task SubmitReferralAsync(string jobPostingId, string candidateName, string candidateEmail, string? candidatePhoneNumber, string referringEmployeeNumber, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject
            {
                ["posting"] = jobPostingId,
                ["name"] = candidateName,
                ["email"] = candidateEmail,
                ["phone"] = candidatePhoneNumber,
                ["referredBy"] = referringEmployeeNumber,
            };
            using var response = await http.PostAsJsonAsync("v1/referrals", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
