using System;
using System.Threading;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Visitors;
using CorporateWebsite.Web.Clients;
using CorporateWebsite.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Features
{
    /// <summary>
    /// Registrations for white papers, e-books, product demonstrations and software trials, and
    /// inquiries from the contact form.
    /// </summary>
    [ProcessingPurpose(Purpose.RequestedInformation)]
    public sealed class InformationRequestService
    {
        private readonly InMemoryStore<InformationRequest> requests;
        private readonly MarketingAutomationClient mailer;
        private readonly NewsletterService newsletter;
        private readonly SiteOptions site;
        private readonly ILogger<InformationRequestService> logger;

        public InformationRequestService(
            InMemoryStore<InformationRequest> requests,
            MarketingAutomationClient mailer,
            NewsletterService newsletter,
            IOptions<SiteOptions> site,
            ILogger<InformationRequestService> logger)
        {
            this.requests = requests;
            this.mailer = mailer;
            this.newsletter = newsletter;
            this.site = site.Value;
            this.logger = logger;
        }

        public async Task<IResult> SubmitAsync(InformationRequest request, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrWhiteSpace(request.FirstName) || string.IsNullOrWhiteSpace(request.LastName))
            {
                return Results.ValidationProblem(new System.Collections.Generic.Dictionary<string, string[]>
                {
                    ["contact"] = new[] { "First name, last name and e-mail address are required." },
                });
            }

            requests.Save(request.Id, request);

            if (request.Kind == InformationRequestKind.WhitePaper)
            {
                var documentUrl = site.DocumentBaseUrl + Uri.EscapeDataString(request.ResourceId);
                await mailer.SendDocumentAsync(request.Email, request.FirstName, documentUrl, cancellationToken);

                // Deliberate mistake (PRIV003): the visitor's e-mail address is written to the application log.
                logger.LogInformation("Sent white paper {ResourceId} to {Email}", request.ResourceId, request.Email);
            }
            else
            {
                logger.LogInformation("Information request {RequestId} ({Kind}) received", request.Id, request.Kind);
            }

            if (request.MarketingOptIn)
            {
                await newsletter.SubscribeFromRegistrationAsync(request, cancellationToken);
            }

            return Results.Accepted($"/api/information-requests/{request.Id}");
        }

        /// <summary>"Forward this white paper to a colleague": the sender gives us someone else's address.</summary>
        public async Task<IResult> ForwardToFriendAsync(ForwardToFriendRequest request, CancellationToken cancellationToken)
        {
            var documentUrl = site.DocumentBaseUrl + Uri.EscapeDataString(request.ResourceId);
            await mailer.SendDocumentAsync(request.FriendEmail, request.SenderName, documentUrl, cancellationToken);
            logger.LogInformation("White paper {ResourceId} forwarded", request.ResourceId);
            return Results.Accepted();
        }
    }

    /// <summary>The body of "Forward to a colleague".</summary>
    public sealed class ForwardToFriendRequest
    {
        public string ResourceId { get; set; } = "";

        [PersonalData(Category.Name, Purpose.RequestedInformation, Subjects = DataSubject.Visitor | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled", Description = "Your name, shown to the colleague you forward material to")]
        public string SenderName { get; set; } = "";

        // Deliberate mistake (PRIV008): a third party's e-mail address that nobody annotated, so it is missing from the inventory.
        public string FriendEmail { get; set; } = "";
    }

    public static class InformationRequestEndpoints
    {
        public static IEndpointRouteBuilder MapInformationRequests(this IEndpointRouteBuilder app)
        {
            var group = app.MapGroup("/api/information-requests");
            group.MapPost("/", (InformationRequest request, InformationRequestService service, CancellationToken ct) => service.SubmitAsync(request, ct));
            group.MapPost("/forward", (ForwardToFriendRequest request, InformationRequestService service, CancellationToken ct) => service.ForwardToFriendAsync(request, ct));
            return app;
        }
    }
}
