using System;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Web
{
    /// <summary>One request to the website, kept for operation and security ("IP addresses or other access log information").</summary>
    public sealed class AccessLogEntry
    {
        public DateTimeOffset Timestamp { get; set; }

        [PersonalData(Category.IpAddress, Purpose.WebsiteOperation, Purpose.Security,
            Subjects = DataSubject.Visitor, Source = DataSource.Automatic)]
        public string IpAddress { get; set; } = "";

        [PersonalData(Category.AccessLog, Purpose.WebsiteOperation, Purpose.Security,
            Subjects = DataSubject.Visitor, Source = DataSource.Automatic, Description = "Pages requested and the page you came from")]
        public string RequestLine { get; set; } = "";

        [PersonalData(Category.AccessLog, Purpose.WebsiteOperation, Purpose.Security,
            Subjects = DataSubject.Visitor, Source = DataSource.Automatic, Description = "Pages requested and the page you came from")]
        public string? Referrer { get; set; }

        [PersonalData(Category.DeviceInformation, Purpose.WebsiteOperation, Purpose.Security,
            Subjects = DataSubject.Visitor, Source = DataSource.Automatic, Description = "Browser and operating system")]
        public string? UserAgent { get; set; }

        public int StatusCode { get; set; }
    }

    /// <summary>
    /// What the website's cookies and web beacons hold about a browser ("Use of Cookies and Similar
    /// Technologies"). Only the session cookie is set without consent.
    /// </summary>
    public sealed class VisitorProfile
    {
        /// <summary>The session cookie: deleted when the visitor leaves the site.</summary>
        [PersonalData(Category.CookieIdentifier, Purpose.WebsiteOperation, Purpose.Security,
            Subjects = DataSubject.Visitor, Source = DataSource.Automatic, Retention = "UntilPurposeFulfilled",
            Description = "Session cookie")]
        public string? SessionId { get; set; }

        /// <summary>
        /// The persistent cookie: "a randomly generated unique number" that recognizes a returning
        /// visitor, set only after consent.
        /// </summary>
        [PersonalData(Category.CookieIdentifier, Purpose.Analytics, Purpose.Personalization, Purpose.Advertising, Purpose.DirectMarketing,
            Subjects = DataSubject.Visitor, Source = DataSource.Automatic,
            Description = "Persistent cookie that recognizes you as a unique visitor (just a number)")]
        public string? VisitorId { get; set; }

        /// <summary>Interests inferred from the pages read, to tailor content and advertisements.</summary>
        [PersonalData(Category.Inferences, Purpose.Personalization, Purpose.Advertising,
            Subjects = DataSubject.Visitor, Source = DataSource.Derived, Description = "Interests inferred from the pages you read")]
        public string[] InferredInterests { get; set; } = Array.Empty<string>();

        /// <summary>How often each advertisement was shown, to avoid showing the same one repeatedly.</summary>
        [PersonalData(Category.UsageData, Purpose.Advertising,
            Subjects = DataSubject.Visitor, Source = DataSource.Automatic, Retention = "P13M",
            Description = "Advertisements you have already seen")]
        public string[] AdvertisementsShown { get; set; } = Array.Empty<string>();

        public bool AnalyticsConsent { get; set; }

        public bool MarketingConsent { get; set; }
    }
}
