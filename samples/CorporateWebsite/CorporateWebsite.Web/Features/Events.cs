using System.Threading;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Events;
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
    /// <summary>Registrations for seminars, training courses and in-person or online events.</summary>
    [ProcessingPurpose(Purpose.Events)]
    public sealed class EventRegistrationService
    {
        private readonly InMemoryStore<EventRegistration> registrations;
        private readonly EventPlatformClient eventPlatform;
        private readonly MarketingAutomationClient mailer;
        private readonly TelemarketingClient callCentre;
        private readonly ILogger<EventRegistrationService> logger;

        public EventRegistrationService(
            InMemoryStore<EventRegistration> registrations,
            EventPlatformClient eventPlatform,
            MarketingAutomationClient mailer,
            TelemarketingClient callCentre,
            ILogger<EventRegistrationService> logger)
        {
            this.registrations = registrations;
            this.eventPlatform = eventPlatform;
            this.mailer = mailer;
            this.callCentre = callCentre;
            this.logger = logger;
        }

        public async Task<IResult> RegisterAsync(EventRegistration registration, CancellationToken cancellationToken)
        {
            registrations.Save(registration.Id, registration);

            await eventPlatform.RegisterAttendeeAsync(registration.EventId, registration.FirstName, registration.LastName, registration.Email, registration.Company, cancellationToken);
            await mailer.SendEventConfirmationAsync(registration.Email, registration.FirstName, registration.EventId, cancellationToken);

            if (!string.IsNullOrEmpty(registration.PhoneNumber))
            {
                await callCentre.ScheduleReminderCallAsync(registration.EventId, registration.PhoneNumber, registration.FirstName, cancellationToken);
            }

            logger.LogInformation("Registration {RegistrationId} for event {EventId}", registration.Id, registration.EventId);
            return Results.Created($"/api/events/{registration.EventId}/registrations/{registration.Id}", null);
        }
    }

    /// <summary>
    /// Follows up event registrants who agreed to hear from us: the inside-sales call campaign and
    /// leads for the reseller who covers the registrant's company.
    /// </summary>
    [ProcessingPurpose(Purpose.DirectMarketing)]
    public sealed class EventLeadService
    {
        private readonly InMemoryStore<EventRegistration> registrations;
        private readonly ResellerDirectory resellers;
        private readonly TelemarketingClient callCentre;
        private readonly ResellerLeadClient resellerLeads;

        public EventLeadService(
            InMemoryStore<EventRegistration> registrations,
            ResellerDirectory resellers,
            TelemarketingClient callCentre,
            ResellerLeadClient resellerLeads)
        {
            this.registrations = registrations;
            this.resellers = resellers;
            this.callCentre = callCentre;
            this.resellerLeads = resellerLeads;
        }

        public async Task<int> StartCallCampaignAsync(string eventId, string campaignId, CancellationToken cancellationToken)
        {
            var count = 0;
            foreach (var registration in registrations.Where(r => r.EventId == eventId && r.MarketingOptIn))
            {
                // Deliberate mistake (PRIV001): the phone number was collected for event logistics only, not for marketing calls.
                await callCentre.AddToCampaignAsync(campaignId, registration.PhoneNumber ?? "", registration.FirstName, registration.Company, cancellationToken);
                count++;
            }

            return count;
        }

        public async Task<int> RouteLeadsToResellersAsync(string eventId, CancellationToken cancellationToken)
        {
            var count = 0;
            foreach (var registration in registrations.Where(r => r.EventId == eventId && r.MarketingOptIn))
            {
                var reseller = resellers.FindAccountReseller(registration.Company);
                if (reseller is null)
                {
                    continue;
                }

                // Deliberate mistake (PRIV006): the registrant's e-mail address may go only to the recipients its SharedWith names, and resellers are not among them.
                await resellerLeads.SubmitLeadAsync(reseller.Id, registration.FirstName, registration.LastName, registration.Email, null, registration.Company, "event:" + eventId, cancellationToken);
                count++;
            }

            return count;
        }
    }

    public static class EventEndpoints
    {
        public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/events/{eventId}/registrations", (string eventId, EventRegistration registration, EventRegistrationService service, CancellationToken ct) =>
            {
                registration.EventId = eventId;
                return service.RegisterAsync(registration, ct);
            });

            var sales = app.MapGroup("/internal/events/{eventId}").RequireHost("sales.northwind-networks.example");
            sales.MapPost("/call-campaigns/{campaignId}", async (string eventId, string campaignId, EventLeadService service, CancellationToken ct) =>
                Results.Ok(await service.StartCallCampaignAsync(eventId, campaignId, ct)));
            sales.MapPost("/reseller-leads", async (string eventId, EventLeadService service, CancellationToken ct) =>
                Results.Ok(await service.RouteLeadsToResellersAsync(eventId, ct)));
            return app;
        }
    }
}
