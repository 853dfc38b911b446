using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Clients
{
    /// <summary>
    /// The payment processor. The checkout page's card form posts the card number straight to the
    /// processor, which gives the page a token; the website only ever sees that token.
    /// </summary>
    [SharesWith("Payment processor")]
    public sealed class PaymentGatewayClient
    {
        private readonly HttpClient http;

        public PaymentGatewayClient(HttpClient http) => this.http = http;

        public async Task<ChargeResult> ChargeAsync(string cardToken, decimal amount, string currency, string billingName, string billingAddress, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject
            {
                ["source"] = cardToken,
                ["amount"] = amount,
                ["currency"] = currency,
                ["billing_details"] = new JsonObject { ["name"] = billingName, ["address"] = billingAddress },
            };
            using var response = await http.PostAsJsonAsync("v1/charges", body, cancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<ChargeResult>(cancellationToken) ?? new ChargeResult();
        }
    }

    /// <summary>The processor's answer to a charge.</summary>
    public sealed class ChargeResult
    {
        public string ChargeId { get; set; } = "";

        public bool Succeeded { get; set; }

        [PersonalData(Category.PaymentCard, Purpose.PaymentProcessing, Subjects = DataSubject.Customer, Source = DataSource.ThirdParty,
            Retention = "P7Y", Description = "Last four digits of the card")]
        public string CardLastFourDigits { get; set; } = "";
    }
}
