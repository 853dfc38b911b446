using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Products;
using CorporateWebsite.Domain.Support;
using CorporateWebsite.Web.Clients;
using CorporateWebsite.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Features
{
    /// <summary>"Registration of products", which gives the owner support entitlement.</summary>
    [ProcessingPurpose(Purpose.ProductRegistration)]
    public sealed class ProductRegistrationService
    {
        private readonly InMemoryStore<ProductRegistration> registrations;
        private readonly SupportCaseClient supportSystem;
        private readonly ILogger<ProductRegistrationService> logger;

        public ProductRegistrationService(InMemoryStore<ProductRegistration> registrations, SupportCaseClient supportSystem, ILogger<ProductRegistrationService> logger)
        {
            this.registrations = registrations;
            this.supportSystem = supportSystem;
            this.logger = logger;
        }

        public async Task<IResult> RegisterAsync(ProductRegistration registration, CancellationToken cancellationToken)
        {
            if (registrations.Where(r => r.SerialNumber == registration.SerialNumber).Count > 0)
            {
                return Results.Conflict("This product is already registered.");
            }

            registrations.Save(registration.Id, registration);
            await supportSystem.RegisterEntitlementAsync(registration.SerialNumber, registration.ContactName, registration.ContactEmail, registration.OwnerCompany, cancellationToken);

            // The serial number identifies a device that belongs to a company, not a person.
            logger.LogInformation("Product {SerialNumber} ({Model}) registered", registration.SerialNumber, registration.ProductModel);
            return Results.Created($"/api/products/{registration.SerialNumber}", null);
        }
    }

    /// <summary>"Providing technical support" and "Responding to an inquiry".</summary>
    [ProcessingPurpose(Purpose.CustomerSupport)]
    public sealed class SupportService
    {
        private readonly InMemoryStore<SupportCase> cases;
        private readonly InMemoryStore<ProductRegistration> registrations;
        private readonly SupportCaseClient supportSystem;
        private readonly ILogger<SupportService> logger;

        public SupportService(InMemoryStore<SupportCase> cases, InMemoryStore<ProductRegistration> registrations, SupportCaseClient supportSystem, ILogger<SupportService> logger)
        {
            this.cases = cases;
            this.registrations = registrations;
            this.supportSystem = supportSystem;
            this.logger = logger;
        }

        public async Task<IResult> OpenCaseAsync(SupportCase supportCase, CancellationToken cancellationToken)
        {
            var entitled = registrations.Where(r => r.SerialNumber == supportCase.SerialNumber).Any();
            if (!entitled)
            {
                return Results.BadRequest("Please register the product first.");
            }

            cases.Save(supportCase.Id, supportCase);
            var caseNumber = await supportSystem.OpenCaseAsync(
                supportCase.SerialNumber,
                supportCase.ContactName,
                supportCase.ContactEmail,
                supportCase.ContactPhoneNumber,
                supportCase.ProblemDescription,
                supportCase.DeviceDetails,
                cancellationToken);

            logger.LogInformation("Support case {CaseId} opened for product {SerialNumber}", supportCase.Id, supportCase.SerialNumber);
            return Results.Created($"/api/support/cases/{caseNumber}", null);
        }
    }

    public static class ProductAndSupportEndpoints
    {
        public static IEndpointRouteBuilder MapProductsAndSupport(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/products", (ProductRegistration registration, ProductRegistrationService service, CancellationToken ct) => service.RegisterAsync(registration, ct))
                .RequireAuthorization();
            app.MapPost("/api/support/cases", (SupportCase supportCase, SupportService service, CancellationToken ct) => service.OpenCaseAsync(supportCase, ct))
                .RequireAuthorization();
            return app;
        }
    }
}
