using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using HealthPlatform.Domain;
using PrivacyAttributes;

namespace HealthPlatform.Web.Clients
{
    /// <summary>Facebook Custom Audiences und Lookalike Audiences (Meta Platforms Ireland).</summary>
    [SharesWith(Recipients.Meta)]
    public sealed class MetaAudienceClient
    {
        private readonly HttpClient http;

        public MetaAudienceClient(HttpClient http) => this.http = http;

        public async Task AddToAudienceAsync(string audienceId, string hashedEmail, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["schema"] = "EMAIL_SHA256", ["data"] = new JsonArray(hashedEmail) };
            using var response = await http.PostAsJsonAsync($"v19.0/{audienceId}/users", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Ähnliche Zielgruppen bei Google (Google Ireland).</summary>
    [SharesWith(Recipients.Google)]
    public sealed class GoogleAudienceClient
    {
        private readonly HttpClient http;

        public GoogleAudienceClient(HttpClient http) => this.http = http;

        public async Task AddToSeedListAsync(string userListId, string hashedEmail, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["userList"] = userListId, ["hashedEmail"] = hashedEmail };
            using var response = await http.PostAsJsonAsync("v16/offlineUserDataJobs", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
