using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Clients
{
    /// <summary>
    /// The marketing automation provider's API: it sends every e-mail the website sends (documents,
    /// confirmations, notices, newsletters) and keeps subscribers' marketing preferences.
    /// </summary>
    [SharesWith("Marketing automation provider")]
    public sealed class MarketingAutomationClient
    {
        private readonly HttpClient http;

        public MarketingAutomationClient(HttpClient http) => this.http = http;

        public Task SendDocumentAsync(string email, string firstName, string documentUrl, CancellationToken cancellationToken = default) =>
            SendAsync("document-delivery", email, firstName, new JsonObject { ["documentUrl"] = documentUrl }, cancellationToken);

        public Task SendEventConfirmationAsync(string email, string firstName, string eventId, CancellationToken cancellationToken = default) =>
            SendAsync("event-confirmation", email, firstName, new JsonObject { ["eventId"] = eventId }, cancellationToken);

        public Task SendTransactionalAsync(string email, string? firstName, string template, CancellationToken cancellationToken = default) =>
            SendAsync(template, email, firstName, new JsonObject(), cancellationToken);

        public async Task UpsertSubscriberAsync(string email, string? firstName, string[] topics, CancellationToken cancellationToken = default)
        {
            var topicArray = new JsonArray();
            foreach (var topic in topics)
            {
                topicArray.Add(topic);
            }

            var body = new JsonObject { ["email"] = email, ["firstName"] = firstName, ["topics"] = topicArray };
            using var response = await http.PutAsJsonAsync("v1/subscribers", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }

        public async Task UnsubscribeAsync(string email, CancellationToken cancellationToken = default)
        {
            using var response = await http.PostAsJsonAsync("v1/subscribers/unsubscribe", new JsonObject { ["email"] = email }, cancellationToken);
            response.EnsureSuccessStatusCode();
        }

        private async Task SendAsync(string template, string email, string? firstName, JsonObject data, CancellationToken cancellationToken)
        {
            var body = new JsonObject { ["template"] = template, ["to"] = email, ["firstName"] = firstName, ["data"] = data };
            using var response = await http.PostAsJsonAsync("v1/messages", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
