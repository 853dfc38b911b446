using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Accounts;
using CorporateWebsite.Domain.Marketing;
using CorporateWebsite.Domain.Visitors;
using CorporateWebsite.Domain.Web;
using CorporateWebsite.Web.Clients;
using CorporateWebsite.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Features
{
    /// <summary>
    /// Newsletters and product announcements: "you may opt out by declining marketing information
    /// when registering ... or by following opt out instructions included in such communications".
    /// </summary>
    [ProcessingPurpose(Purpose.DirectMarketing)]
    public sealed class NewsletterService
    {
        private readonly InMemoryStore<MarketingContact> contacts;
        private readonly MarketingAutomationClient marketingAutomation;
        private readonly TimeProvider clock;
        private readonly ILogger<NewsletterService> logger;

        public NewsletterService(InMemoryStore<MarketingContact> contacts, MarketingAutomationClient marketingAutomation, TimeProvider clock, ILogger<NewsletterService> logger)
        {
            this.contacts = contacts;
            this.marketingAutomation = marketingAutomation;
            this.clock = clock;
            this.logger = logger;
        }

        public async Task<IResult> SubscribeAsync(MarketingContact contact, CancellationToken cancellationToken)
        {
            contact.ConsentRecordedAt = clock.GetUtcNow();
            contact.OptedOut = false;
            contacts.Save(contact.Id, contact);
            await marketingAutomation.UpsertSubscriberAsync(contact.Email, contact.FirstName, contact.Topics, cancellationToken);
            logger.LogInformation("Subscription {ContactId} created", contact.Id);
            return Results.Accepted();
        }

        /// <summary>The visitor ticked "Send me information about products and services" on a registration form.</summary>
        public Task SubscribeFromRegistrationAsync(InformationRequest request, CancellationToken cancellationToken)
        {
            var contact = new MarketingContact
            {
                Email = request.Email,
                FirstName = request.FirstName,
                Topics = new[] { "products" },
                ConsentRecordedAt = clock.GetUtcNow(),
            };
            contacts.Save(contact.Id, contact);
            return marketingAutomation.UpsertSubscriberAsync(contact.Email, contact.FirstName, contact.Topics, cancellationToken);
        }

        public async Task<IResult> UnsubscribeAsync(Guid contactId, CancellationToken cancellationToken)
        {
            var contact = contacts.Find(contactId);
            if (contact is null)
            {
                return Results.NotFound();
            }

            contact.OptedOut = true;
            contact.Topics = Array.Empty<string>();
            await marketingAutomation.UnsubscribeAsync(contact.Email, cancellationToken);
            logger.LogInformation("Subscription {ContactId} ended", contact.Id);
            return Results.NoContent();
        }
    }

    /// <summary>"To allow us to tailor content ... to match your preferred interests" (with consent).</summary>
    [ProcessingPurpose(Purpose.Personalization)]
    public sealed class PersonalizationService
    {
        private static readonly string[] DefaultTopics = { "security", "routing", "cloud" };

        public string[] RecommendTopics(VisitorProfile visitor, UserAccount? account)
        {
            var topics = visitor.InferredInterests.ToList();
            if (account?.JobTitle is { } jobTitle && jobTitle.Contains("security", StringComparison.OrdinalIgnoreCase))
            {
                topics.Insert(0, "security");
            }

            return topics.Concat(DefaultTopics).Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToArray();
        }
    }

    public static class MarketingEndpoints
    {
        public static IEndpointRouteBuilder MapMarketing(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/newsletter", (MarketingContact contact, NewsletterService service, CancellationToken ct) => service.SubscribeAsync(contact, ct));
            app.MapPost("/api/newsletter/{contactId:guid}/unsubscribe", (Guid contactId, NewsletterService service, CancellationToken ct) => service.UnsubscribeAsync(contactId, ct));
            app.MapGet("/api/recommendations", (HttpContext context, PersonalizationService service) =>
                context.Items[typeof(VisitorProfile)] is VisitorProfile { MarketingConsent: true } visitor
                    ? Results.Ok(service.RecommendTopics(visitor, null))
                    : Results.Ok(Array.Empty<string>()));
            return app;
        }
    }
}
