using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Web;
using Microsoft.AspNetCore.Http;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Infrastructure
{
    /// <summary>
    /// Recognizes a returning visitor by the persistent cookie ("just a number"), only after the
    /// visitor accepted analytics cookies in the cookie banner, and counts page views for anonymous,
    /// aggregated statistics. The session cookie is ASP.NET Core's own and needs no consent.
    /// </summary>
    [ProcessingPurpose(Purpose.Analytics)]
    public sealed class VisitorCookieMiddleware
    {
        public const string ConsentCookie = "nw_consent";
        public const string VisitorCookie = "nw_vid";
        private static readonly TimeSpan VisitorCookieLifetime = TimeSpan.FromDays(395);

        private readonly RequestDelegate next;
        private readonly PageViewStatistics statistics;

        public VisitorCookieMiddleware(RequestDelegate next, PageViewStatistics statistics)
        {
            this.next = next;
            this.statistics = statistics;
        }

        public Task InvokeAsync(HttpContext context)
        {
            var consent = context.Request.Cookies[ConsentCookie] ?? "";
            var profile = new VisitorProfile
            {
                AnalyticsConsent = consent.Contains("analytics", StringComparison.Ordinal),
                MarketingConsent = consent.Contains("marketing", StringComparison.Ordinal),
            };

            if (profile.AnalyticsConsent)
            {
                profile.VisitorId = context.Request.Cookies[VisitorCookie];
                var returning = profile.VisitorId is not null;
                if (!returning)
                {
                    profile.VisitorId = Guid.NewGuid().ToString("N");
                    context.Response.Cookies.Append(VisitorCookie, profile.VisitorId, new CookieOptions
                    {
                        MaxAge = VisitorCookieLifetime,
                        HttpOnly = true,
                        Secure = true,
                        SameSite = SameSiteMode.Lax,
                    });
                }

                statistics.Count(context.Request.Path, returning);
            }

            context.Items[typeof(VisitorProfile)] = profile;
            return next(context);
        }
    }

    /// <summary>Page views per path and how many came from returning visitors: counts, no identifiers.</summary>
    public sealed class PageViewStatistics
    {
        private readonly ConcurrentDictionary<string, (long Views, long Returning)> counts = new(StringComparer.Ordinal);

        public void Count(string path, bool returning) =>
            counts.AddOrUpdate(path, _ => (1, returning ? 1 : 0), (_, c) => (c.Views + 1, c.Returning + (returning ? 1 : 0)));
    }
}
