using PrivacyAttributes;

namespace CorporateWebsite.Web.Infrastructure
{
    /// <summary>Settings bound from the "Site" section of appsettings.json.</summary>
    public sealed class SiteOptions
    {
        public string BaseUrl { get; set; } = "https://www.northwind-networks.example";

        /// <summary>The sender of every e-mail the website sends: a role mailbox, not a person's address.</summary>
        [NotPersonalData]
        public string SenderEmail { get; set; } = "no-reply@northwind-networks.example";

        /// <summary>Where people send privacy requests (access, correction, deletion, breach-notice choices).</summary>
        [NotPersonalData]
        public string PrivacyEmail { get; set; } = "privacy@northwind-networks.example";

        public string DocumentBaseUrl { get; set; } = "https://assets.northwind-networks.example/library/";
    }
}
