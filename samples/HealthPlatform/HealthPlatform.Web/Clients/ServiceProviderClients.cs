using System;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using HealthPlatform.Domain;
using PrivacyAttributes;

namespace HealthPlatform.Web.Clients
{
    /// <summary>Der Zahlungssystembetreiber (z. B. Stripe): belastet das Token, das das Zahlungsformular erhalten hat.</summary>
    [SharesWith(Recipients.PaymentProviders)]
    public sealed class PaymentProviderClient
    {
        private readonly HttpClient http;

        public PaymentProviderClient(HttpClient http) => this.http = http;

        public async Task<bool> ChargeAsync(string paymentMethodToken, decimal amount, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["payment_method"] = paymentMethodToken, ["amount"] = amount, ["currency"] = "eur" };
            using var response = await http.PostAsJsonAsync("v1/payment_intents", body, cancellationToken);
            return response.IsSuccessStatusCode;
        }
    }

    /// <summary>Der Liefer- und Fulfillment-Anbieter.</summary>
    [SharesWith(Recipients.DeliveryProviders)]
    public sealed class DeliveryClient
    {
        private readonly HttpClient http;

        public DeliveryClient(HttpClient http) => this.http = http;

        public async Task<string> CreateShipmentAsync(Guid orderId, string recipientName, string shippingAddress, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["reference"] = orderId, ["name"] = recipientName, ["address"] = shippingAddress, ["discreetPackaging"] = true };
            using var response = await http.PostAsJsonAsync("v1/shipments", body, cancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
    }

    /// <summary>Der Dienstleister, der in unserem Auftrag Identitätsprüfungen durchführt.</summary>
    [SharesWith(Recipients.IdentityCheckProviders)]
    public sealed class IdentityCheckClient
    {
        private readonly HttpClient http;

        public IdentityCheckClient(HttpClient http) => this.http = http;

        public async Task<string> VerifyAsync(string firstName, string lastName, DateOnly dateOfBirth, string address, string documentType, string documentNumber, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject
            {
                ["firstName"] = firstName,
                ["lastName"] = lastName,
                ["dateOfBirth"] = dateOfBirth.ToString("yyyy-MM-dd"),
                ["address"] = address,
                ["document"] = new JsonObject { ["type"] = documentType, ["number"] = documentNumber },
            };
            using var response = await http.PostAsJsonAsync("v2/verifications", body, cancellationToken);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
    }

    /// <summary>Salesforce (Server in den USA, Standardvertragsklauseln): Kundenbeziehungen und E-Mail-Versand.</summary>
    [SharesWith(Recipients.Salesforce)]
    public sealed class SalesforceClient
    {
        private readonly HttpClient http;

        public SalesforceClient(HttpClient http) => this.http = http;

        public async Task SendEmailAsync(string email, string? firstName, string template, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["to"] = email, ["firstName"] = firstName, ["template"] = template };
            using var response = await http.PostAsJsonAsync("services/data/v60.0/actions/standard/emailSimple", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Unsere Rechtsanwälte: Akten zu Rechtsansprüchen.</summary>
    [SharesWith(Recipients.ProfessionalAdvisers)]
    public sealed class LawFirmClient
    {
        private readonly HttpClient http;

        public LawFirmClient(HttpClient http) => this.http = http;

        public async Task SendFileAsync(Guid matterId, string correspondence, string healthRecords, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["matter"] = matterId, ["correspondence"] = correspondence, ["records"] = healthRecords };
            using var response = await http.PostAsJsonAsync("v1/matters", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Das gemeinsame CRM der Konzerngesellschaften im Vereinigten Königreich und in Australien.</summary>
    [SharesWith(Recipients.UkAffiliate)]
    [SharesWith(Recipients.AustralianAffiliate)]
    public sealed class GroupCrmClient
    {
        private readonly HttpClient http;

        public GroupCrmClient(HttpClient http) => this.http = http;

        public async Task SyncBusinessContactAsync(Guid contactId, string fullName, string email, string employer, CancellationToken cancellationToken = default)
        {
            var body = new JsonObject { ["id"] = contactId, ["name"] = fullName, ["email"] = email, ["company"] = employer };
            using var response = await http.PutAsJsonAsync($"v1/contacts/{contactId}", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
