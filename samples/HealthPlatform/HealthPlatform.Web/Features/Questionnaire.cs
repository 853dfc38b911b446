using System;
using System.Threading;
using System.Threading.Tasks;
using HealthPlatform.Domain.Care;
using HealthPlatform.Web.Clients;
using HealthPlatform.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace HealthPlatform.Web.Features
{
    /// <summary>
    /// Der medizinische Online-Fragebogen. Wer ihn startet, willigt ausdrücklich in die Verarbeitung
    /// und die Weitergabe der Antworten an die verschreibenden Ärzte ein (Art. 9 Abs. 2 lit. a DSGVO).
    /// </summary>
    [ProcessingPurpose(Purpose.ServiceProvision)]
    public sealed class QuestionnaireService
    {
        private readonly InMemoryStore<QuestionnaireSubmission> submissions;
        private readonly PrescriberNetworkClient prescribers;
        private readonly ILogger<QuestionnaireService> logger;

        public QuestionnaireService(InMemoryStore<QuestionnaireSubmission> submissions, PrescriberNetworkClient prescribers, ILogger<QuestionnaireService> logger)
        {
            this.submissions = submissions;
            this.prescribers = prescribers;
            this.logger = logger;
        }

        public async Task<IResult> SubmitAsync(QuestionnaireSubmission submission, CancellationToken cancellationToken)
        {
            if (submission.HeightCm is < 120 or > 230)
            {
                return Results.BadRequest("Bitte prüfen Sie Ihre Körpergröße.");
            }

            if (submission.WeightKg is < 30 or > 400)
            {
                // Deliberate mistake (PRIV003): the patient's weight, health data under Art. 9 GDPR, ends up in an exception message and from there in logs and error reports.
                throw new ArgumentOutOfRangeException(nameof(submission), $"Implausible weight {submission.WeightKg} kg in questionnaire {submission.Id}");
            }

            var heightM = submission.HeightCm / 100m;
            submission.Bmi = Math.Round(submission.WeightKg / (heightM * heightM), 1);
            submissions.Save(submission.Id, submission);

            if (submission.Completed)
            {
                await prescribers.RequestConsultationAsync(
                    submission.Id,
                    submission.Sex,
                    submission.HeightCm,
                    submission.WeightKg,
                    submission.Bmi,
                    submission.MedicalAnswers,
                    cancellationToken);
            }

            logger.LogInformation("Questionnaire {SubmissionId} saved (completed: {Completed})", submission.Id, submission.Completed);
            return Results.Accepted($"/api/fragebogen/{submission.Id}");
        }
    }

    public static class QuestionnaireEndpoints
    {
        public static IEndpointRouteBuilder MapQuestionnaire(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/fragebogen", (QuestionnaireSubmission submission, QuestionnaireService service, CancellationToken ct) => service.SubmitAsync(submission, ct));
            return app;
        }
    }
}
