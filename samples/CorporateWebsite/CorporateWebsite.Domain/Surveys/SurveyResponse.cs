using System;
using System.Collections.Generic;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Surveys
{
    /// <summary>An answer to a user survey ("User surveys").</summary>
    public sealed class SurveyResponse
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        public string SurveyId { get; set; } = "";

        /// <summary>Given only by respondents who want us to follow up.</summary>
        [PersonalData(Category.Email, Purpose.Surveys,
            Subjects = DataSubject.Customer | DataSubject.Visitor, Retention = "P1Y", Description = "E-mail address, if you want us to follow up")]
        public string? RespondentEmail { get; set; }

        [PersonalData(Category.Feedback, Purpose.Surveys,
            Subjects = DataSubject.Customer | DataSubject.Visitor, Retention = "P1Y", Description = "Survey answers")]
        public Dictionary<string, string> Answers { get; set; } = new();

        /// <summary>0 to 10: "How likely are you to recommend us?"</summary>
        [PersonalData(Category.Feedback, Purpose.Surveys,
            Subjects = DataSubject.Customer | DataSubject.Visitor, Retention = "P1Y", Description = "Survey answers")]
        public int RecommendationScore { get; set; }

        public DateTimeOffset SubmittedAt { get; set; }
    }
}
