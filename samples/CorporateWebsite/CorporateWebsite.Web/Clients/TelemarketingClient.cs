using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Clients
{
    /// <summary>The call centre contracted for event reminder calls and telephone marketing.</summary>
    [SharesWith("Telemarketing service provider")]
    public sealed class TelemarketingClient
    {
        private readonly HttpClient http;

        public TelemarketingClient(HttpClient http) => this.http = http;

        public async Task ScheduleReminderCallAsync(string eventId, string phoneNumber, string firstName, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["reason"] = "event-reminder", ["reference"] = eventId, ["phone"] = phoneNumber, ["firstName"] = firstName };
            using var response = await http.PostAsJsonAsync("calls", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }

        public async Task AddToCampaignAsync(string campaignId, string phoneNumber, string firstName, string company, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["phone"] = phoneNumber, ["firstName"] = firstName, ["company"] = company };
            using var response = await http.PostAsJsonAsync($"campaigns/{campaignId}/contacts", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
