using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using HealthPlatform.Domain.Marketing;
using Microsoft.AspNetCore.Http;
using PrivacyAttributes;

namespace HealthPlatform.Web.Infrastructure
{
    /// <summary>
    /// Merkt sich, welche Produktseiten ein Besucher angesehen hat, damit Werbung auf anderen Seiten
    /// dazu passt ("Re-Targeting"). Setzt das Cookie nur nach Einwilligung im Cookie-Banner.
    /// </summary>
    [ProcessingPurpose(Purpose.Advertising)]
    public sealed class RetargetingCookieMiddleware
    {
        public const string ConsentCookie = "ch_consent";
        public const string TrackingCookie = "ch_rt";
        private readonly RequestDelegate next;
        private readonly ConcurrentDictionary<string, VisitorTracking> visitors = new(StringComparer.Ordinal);

        public RetargetingCookieMiddleware(RequestDelegate next) => this.next = next;

        public Task InvokeAsync(HttpContext context)
        {
            var consent = context.Request.Cookies[ConsentCookie] ?? "";
            if (consent.Contains("marketing", StringComparison.Ordinal) && context.Request.Path.StartsWithSegments("/produkte"))
            {
                var cookieId = context.Request.Cookies[TrackingCookie] ?? Guid.NewGuid().ToString("N");
                var tracking = visitors.GetOrAdd(cookieId, id => new VisitorTracking { CookieId = id });
                tracking.ViewedPages = tracking.ViewedPages.Append(context.Request.Path.Value ?? "").TakeLast(20).ToArray();
                context.Response.Cookies.Append(TrackingCookie, cookieId, new CookieOptions { MaxAge = TimeSpan.FromDays(395), HttpOnly = true, Secure = true, SameSite = SameSiteMode.Lax });
            }

            return next(context);
        }
    }
}
