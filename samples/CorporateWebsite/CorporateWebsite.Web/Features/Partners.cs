using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Partners;
using CorporateWebsite.Web.Clients;
using CorporateWebsite.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Features
{
    /// <summary>The published list of resellers and distributors. Company data, not personal data.</summary>
    public sealed class ResellerDirectory
    {
        private readonly List<Reseller> resellers = new()
        {
            new Reseller { Id = "r-001", CompanyName = "Contoso Systems GmbH", BusinessAddress = "Hauptstraße 1, 10115 Berlin", SalesEmail = "sales@contoso-systems.example", CountryCode = "DE", PostalCodePrefixes = new[] { "10", "12", "13", "14" } },
            new Reseller { Id = "r-002", CompanyName = "Fabrikam Networks Ltd", BusinessAddress = "1 King Street, London EC2V 8AU", SalesEmail = "sales@fabrikam.example", CountryCode = "GB", PostalCodePrefixes = new[] { "EC", "WC", "E", "N" } },
        };

        public IReadOnlyList<Reseller> All() => resellers;

        public Reseller? Find(string id) => resellers.FirstOrDefault(r => r.Id == id);

        public IReadOnlyList<Reseller> Near(string countryCode, string postalCode) =>
            resellers.Where(r => r.CountryCode == countryCode && r.PostalCodePrefixes.Any(p => postalCode.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList();

        /// <summary>The reseller that manages a customer company's account, by company name.</summary>
        public Reseller? FindAccountReseller(string company) =>
            company.Length == 0 ? null : resellers[Math.Abs(StringComparer.OrdinalIgnoreCase.GetHashCode(company)) % resellers.Count];
    }

    /// <summary>The "Locate Channel Partner" page and its "have a partner contact me" form.</summary>
    [ProcessingPurpose(Purpose.RequestedInformation)]
    public sealed class PartnerLocatorService
    {
        private readonly ResellerDirectory directory;
        private readonly InMemoryStore<PartnerContactRequest> requests;
        private readonly ResellerLeadClient resellerLeads;
        private readonly ILogger<PartnerLocatorService> logger;

        public PartnerLocatorService(ResellerDirectory directory, InMemoryStore<PartnerContactRequest> requests, ResellerLeadClient resellerLeads, ILogger<PartnerLocatorService> logger)
        {
            this.directory = directory;
            this.requests = requests;
            this.resellerLeads = resellerLeads;
            this.logger = logger;
        }

        /// <summary>A search is answered and forgotten: neither the postal code nor the visitor is stored.</summary>
        public IReadOnlyList<Reseller> Find(string countryCode, string postalCode) => directory.Near(countryCode, postalCode);

        public async Task<IResult> RequestContactAsync(PartnerContactRequest request, CancellationToken cancellationToken)
        {
            var reseller = directory.Find(request.ResellerId);
            if (reseller is null)
            {
                return Results.NotFound();
            }

            requests.Save(request.Id, request);
            await resellerLeads.SubmitLeadAsync(reseller.Id, request.FirstName, request.LastName, request.Email, request.PhoneNumber, request.Company, "partner-locator", cancellationToken);

            logger.LogInformation("Contact request {RequestId} passed to reseller {ResellerId}", request.Id, reseller.Id);
            return Results.Accepted();
        }
    }

    /// <summary>Accounts on the secured partner site.</summary>
    [ProcessingPurpose(Purpose.PartnerManagement)]
    public sealed class PartnerSiteService
    {
        private readonly InMemoryStore<PartnerSiteUser> users;
        private readonly ResellerDirectory directory;
        private readonly ILogger<PartnerSiteService> logger;

        public PartnerSiteService(InMemoryStore<PartnerSiteUser> users, ResellerDirectory directory, ILogger<PartnerSiteService> logger)
        {
            this.users = users;
            this.directory = directory;
            this.logger = logger;
        }

        public IResult Register(PartnerSiteUser user)
        {
            var reseller = directory.Find(user.ResellerId);
            if (reseller is null || users.Where(u => string.Equals(u.UserName, user.UserName, StringComparison.OrdinalIgnoreCase)).Count > 0)
            {
                return Results.BadRequest("Unknown partner or user name taken.");
            }

            users.Save(user.Id, user);
            logger.LogInformation("Partner site user {PartnerUserId} created for reseller {ResellerId}", user.Id, reseller.Id);
            return Results.Created($"/api/partner-site/users/{user.Id}", null);
        }
    }

    public static class PartnerEndpoints
    {
        public static IEndpointRouteBuilder MapPartners(this IEndpointRouteBuilder app)
        {
            app.MapGet("/api/partners", (string country, string postalCode, PartnerLocatorService service) => service.Find(country, postalCode));
            app.MapPost("/api/partners/contact-requests", (PartnerContactRequest request, PartnerLocatorService service, CancellationToken ct) => service.RequestContactAsync(request, ct));
            app.MapPost("/api/partner-site/users", (PartnerSiteUser user, PartnerSiteService service) => service.Register(user))
                .RequireAuthorization("PartnerAdministrator");
            return app;
        }
    }
}
