using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Clients
{
    /// <summary>
    /// The partner relationship API through which resellers and distributors receive sales leads
    /// ("to pass sales leads to one of our distribution partners").
    /// </summary>
    [SharesWith("Resellers and distributors")]
    public sealed class ResellerLeadClient
    {
        private readonly HttpClient http;

        public ResellerLeadClient(HttpClient http) => this.http = http;

        public async Task SubmitLeadAsync(string resellerId, string firstName, string lastName, string email, string? phoneNumber, string company, string source, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject
            {
                ["reseller"] = resellerId,
                ["firstName"] = firstName,
                ["lastName"] = lastName,
                ["email"] = email,
                ["phone"] = phoneNumber,
                ["company"] = company,
                ["source"] = source,
            };
            using var response = await http.PostAsJsonAsync("v1/leads", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
