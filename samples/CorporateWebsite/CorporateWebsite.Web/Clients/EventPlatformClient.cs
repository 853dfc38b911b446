using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Clients
{
    /// <summary>The event platform that runs webinars and badges in-person attendees.</summary>
    [SharesWith("Event platform provider")]
    public sealed class EventPlatformClient
    {
        private readonly HttpClient http;

        public EventPlatformClient(HttpClient http) => this.http = http;

        public async Task RegisterAttendeeAsync(string eventId, string firstName, string lastName, string email, string company, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["firstName"] = firstName, ["lastName"] = lastName, ["email"] = email, ["company"] = company };
            using var response = await http.PostAsJsonAsync($"v2/events/{eventId}/attendees", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
