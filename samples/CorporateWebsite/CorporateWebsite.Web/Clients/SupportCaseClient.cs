using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Clients
{
    /// <summary>The support case management system: cases and the support entitlements of registered products.</summary>
    [SharesWith("Support case management provider")]
    public sealed class SupportCaseClient
    {
        private readonly HttpClient http;

        public SupportCaseClient(HttpClient http) => this.http = http;

        public async Task<string> OpenCaseAsync(string serialNumber, string contactName, string contactEmail, string? contactPhoneNumber, string problemDescription, string deviceDetails, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject
            {
                ["serial"] = serialNumber,
                ["contact"] = new JsonObject { ["name"] = contactName, ["email"] = contactEmail, ["phone"] = contactPhoneNumber },
                ["description"] = problemDescription,
                ["device"] = deviceDetails,
            };
            using var response = await http.PostAsJsonAsync("api/cases", body, cancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }

        public async Task RegisterEntitlementAsync(string serialNumber, string contactName, string contactEmail, string ownerCompany, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject
            {
                ["serial"] = serialNumber,
                ["contact"] = new JsonObject { ["name"] = contactName, ["email"] = contactEmail },
                ["account"] = ownerCompany,
            };
            using var response = await http.PostAsJsonAsync("api/entitlements", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
