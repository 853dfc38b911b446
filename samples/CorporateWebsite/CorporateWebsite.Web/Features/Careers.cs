using System;
using System.Threading;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Careers;
using CorporateWebsite.Web.Clients;
using CorporateWebsite.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Features
{
    /// <summary>Job applications and employee referrals ("Career opportunities").</summary>
    [ProcessingPurpose(Purpose.Recruitment)]
    public sealed class CareersService
    {
        private readonly InMemoryStore<JobApplication> applications;
        private readonly InMemoryStore<JobReferral> referrals;
        private readonly ApplicantTrackingClient applicantTracking;
        private readonly ILogger<CareersService> logger;

        public CareersService(
            InMemoryStore<JobApplication> applications,
            InMemoryStore<JobReferral> referrals,
            ApplicantTrackingClient applicantTracking,
            ILogger<CareersService> logger)
        {
            this.applications = applications;
            this.referrals = referrals;
            this.applicantTracking = applicantTracking;
            this.logger = logger;
        }

        public async Task<IResult> ApplyAsync(JobApplication application, CancellationToken cancellationToken)
        {
            if (application.CurriculumVitae.Length == 0)
            {
                return Results.BadRequest("Please attach your CV.");
            }

            applications.Save(application.Id, application);
            await applicantTracking.SubmitApplicationAsync(
                application.JobPostingId,
                application.FirstName,
                application.LastName,
                application.Email,
                application.PhoneNumber,
                application.CurriculumVitae,
                cancellationToken);

            logger.LogInformation("Application {ApplicationId} for posting {JobPostingId} received", application.Id, application.JobPostingId);
            return Results.Accepted();
        }

        public async Task<IResult> ReferAsync(JobReferral referral, CancellationToken cancellationToken)
        {
            referrals.Save(referral.Id, referral);
            await applicantTracking.SubmitReferralAsync(
                referral.JobPostingId,
                referral.CandidateName,
                referral.CandidateEmail,
                referral.CandidatePhoneNumber,
                referral.ReferringEmployeeNumber,
                cancellationToken);

            logger.LogInformation("Referral {ReferralId} for posting {JobPostingId} received", referral.Id, referral.JobPostingId);
            return Results.Accepted();
        }
    }

    public static class CareerEndpoints
    {
        public static IEndpointRouteBuilder MapCareers(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/careers/applications", (JobApplication application, CareersService service, CancellationToken ct) => service.ApplyAsync(application, ct));
            app.MapPost("/api/careers/referrals", (JobReferral referral, CareersService service, CancellationToken ct) => service.ReferAsync(referral, ct))
                .RequireAuthorization();
            return app;
        }
    }
}
