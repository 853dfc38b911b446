using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Orders;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Clients
{
    /// <summary>Files the export-control reports that governmental reporting requirements call for.</summary>
    [SharesWith("Competent authorities and law enforcement")]
    public sealed class GovernmentReportingClient
    {
        private readonly HttpClient http;

        public GovernmentReportingClient(HttpClient http) => this.http = http;

        public async Task FileExportReportAsync(string orderReference, string deliveryAddress, string endUseDeclaration, IReadOnlyList<OrderLine> lines, CancellationToken cancellationToken = default)
        {
            var items = new JsonArray();
            foreach (var line in lines)
            {
                items.Add(new JsonObject { ["sku"] = line.Sku, ["quantity"] = line.Quantity });
            }

            var body = new JsonObject
            {
                ["reference"] = orderReference,
                ["consignee"] = deliveryAddress,
                ["endUse"] = endUseDeclaration,
                ["items"] = items,
            };
            using var response = await http.PostAsJsonAsync("filings", body, cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }
}
