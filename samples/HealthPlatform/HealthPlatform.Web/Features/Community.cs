using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HealthPlatform.Domain.Business;
using HealthPlatform.Domain.Community;
using HealthPlatform.Web.Clients;
using HealthPlatform.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace HealthPlatform.Web.Features
{
    /// <summary>Die Online-Community und der Austausch mit Gesundheitscoaches.</summary>
    [ProcessingPurpose(Purpose.Other)]
    public sealed class CommunityService
    {
        private const int MaxPostLength = 5000;
        private readonly InMemoryStore<CommunityPost> posts;
        private readonly InMemoryStore<CoachMessage> messages;
        private readonly ILogger<CommunityService> logger;

        public CommunityService(InMemoryStore<CommunityPost> posts, InMemoryStore<CoachMessage> messages, ILogger<CommunityService> logger)
        {
            this.posts = posts;
            this.messages = messages;
            this.logger = logger;
        }

        public IResult Post(CommunityPost post)
        {
            if (string.IsNullOrWhiteSpace(post.Body) || post.Body.Length > MaxPostLength || string.IsNullOrWhiteSpace(post.AuthorDisplayName))
            {
                return Results.BadRequest("Beiträge brauchen einen Anzeigenamen und 1 bis 5000 Zeichen Text.");
            }

            post.PostedAt = DateTimeOffset.UtcNow;
            posts.Save(post.Id, post);
            logger.LogInformation("Community post {PostId} published", post.Id);
            return Results.Created($"/api/community/beitraege/{post.Id}", null);
        }

        public IResult Feed(int take) =>
            Results.Ok(posts.All().OrderByDescending(p => p.PostedAt).Take(Math.Clamp(take, 1, 100)).Select(p => new { p.Id, p.AuthorDisplayName, p.Body, p.PostedAt }));

        public IResult SendCoachMessage(CoachMessage message)
        {
            message.SentAt = DateTimeOffset.UtcNow;
            messages.Save(message.Id, message);
            logger.LogInformation("Coach message {MessageId} in conversation with coach {CoachId}", message.Id, message.CoachId);
            return Results.Accepted();
        }
    }

    /// <summary>Rechtsansprüche: Akten an unsere Rechtsanwälte (Art. 9 Abs. 2 lit. f DSGVO für Patientendaten).</summary>
    [ProcessingPurpose(Purpose.LegalClaims)]
    public sealed class LegalClaimsService
    {
        private readonly InMemoryStore<LegalMatter> matters;
        private readonly LawFirmClient lawFirm;

        public LegalClaimsService(InMemoryStore<LegalMatter> matters, LawFirmClient lawFirm)
        {
            this.matters = matters;
            this.lawFirm = lawFirm;
        }

        public async Task<IResult> ReferToCounselAsync(Guid matterId, CancellationToken cancellationToken)
        {
            var matter = matters.Find(matterId);
            if (matter is null)
            {
                return Results.NotFound();
            }

            await lawFirm.SendFileAsync(matter.Id, matter.Correspondence, matter.RelevantHealthRecords, cancellationToken);
            return Results.Accepted();
        }
    }

    /// <summary>Geschäftsbeziehungen mit Lieferanten und Partnern, geteilt mit den Konzerngesellschaften.</summary>
    [ProcessingPurpose(Purpose.PartnerManagement)]
    public sealed class BusinessRelationshipService
    {
        private readonly InMemoryStore<BusinessContact> contacts;
        private readonly GroupCrmClient groupCrm;

        public BusinessRelationshipService(InMemoryStore<BusinessContact> contacts, GroupCrmClient groupCrm)
        {
            this.contacts = contacts;
            this.groupCrm = groupCrm;
        }

        public async Task<IResult> SaveAsync(BusinessContact contact, CancellationToken cancellationToken)
        {
            contacts.Save(contact.Id, contact);
            await groupCrm.SyncBusinessContactAsync(contact.Id, contact.FullName, contact.Email, contact.Employer, cancellationToken);
            return Results.Accepted();
        }
    }

    public static class CommunityEndpoints
    {
        public static IEndpointRouteBuilder MapCommunityAndAdministration(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/community/beitraege", (CommunityPost post, CommunityService service) => service.Post(post)).RequireAuthorization();
            app.MapGet("/api/community/beitraege", (int? take, CommunityService service) => service.Feed(take ?? 20)).RequireAuthorization();
            app.MapPost("/api/coaching/nachrichten", (CoachMessage message, CommunityService service) => service.SendCoachMessage(message)).RequireAuthorization();
            app.MapPost("/internal/rechtsfaelle/{matterId:guid}/an-kanzlei", (Guid matterId, LegalClaimsService service, CancellationToken ct) => service.ReferToCounselAsync(matterId, ct))
                .RequireAuthorization("Legal");
            app.MapPost("/internal/geschaeftskontakte", (BusinessContact contact, BusinessRelationshipService service, CancellationToken ct) => service.SaveAsync(contact, ct))
                .RequireAuthorization("Procurement");
            return app;
        }
    }
}
