using System;
using System.Collections.Generic;
using System.Linq;
using CorporateWebsite.Domain.Surveys;
using CorporateWebsite.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Features
{
    /// <summary>User surveys.</summary>
    [ProcessingPurpose(Purpose.Surveys)]
    public sealed class SurveyService
    {
        private readonly InMemoryStore<SurveyResponse> responses;
        private readonly ILogger<SurveyService> logger;

        public SurveyService(InMemoryStore<SurveyResponse> responses, ILogger<SurveyService> logger)
        {
            this.responses = responses;
            this.logger = logger;
        }

        public IResult Submit(SurveyResponse response)
        {
            if (response.RecommendationScore is < 0 or > 10)
            {
                return Results.BadRequest("The score is between 0 and 10.");
            }

            responses.Save(response.Id, response);
            logger.LogInformation("Survey {SurveyId} answered", response.SurveyId);
            return Results.Accepted();
        }

        public IResult Summary(string surveyId)
        {
            var answers = responses.Where(r => r.SurveyId == surveyId);
            var netPromoterScore = SurveyStatistics.NetPromoterScore(answers);

            // An aggregate identifies no one, so it may be logged.
            logger.LogInformation("Survey {SurveyId}: {Count} answers, net promoter score {Score}", surveyId, answers.Count, netPromoterScore);
            return Results.Ok(new { surveyId, answers = answers.Count, netPromoterScore });
        }
    }

    /// <summary>Statistics over survey answers: "in aggregated and/or anonymized form which cannot reasonably be used to identify you".</summary>
    public static class SurveyStatistics
    {
        [Anonymizes]
        [ProcessingPurpose(Purpose.Surveys)]
        public static double NetPromoterScore(IReadOnlyCollection<SurveyResponse> responses)
        {
            if (responses.Count == 0)
            {
                return 0;
            }

            var promoters = responses.Count(r => r.RecommendationScore >= 9);
            var detractors = responses.Count(r => r.RecommendationScore <= 6);
            return Math.Round(100.0 * (promoters - detractors) / responses.Count, 1);
        }
    }

    public static class SurveyEndpoints
    {
        public static IEndpointRouteBuilder MapSurveys(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/surveys/{surveyId}/responses", (string surveyId, SurveyResponse response, SurveyService service) =>
            {
                response.SurveyId = surveyId;
                return service.Submit(response);
            });
            app.MapGet("/internal/surveys/{surveyId}", (string surveyId, SurveyService service) => service.Summary(surveyId))
                .RequireAuthorization();
            return app;
        }
    }
}
