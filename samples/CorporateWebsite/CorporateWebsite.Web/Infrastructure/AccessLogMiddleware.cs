using System;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Web;
using Microsoft.AspNetCore.Http;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Infrastructure
{
    /// <summary>
    /// Writes one access-log record per request to the access-log store (not to the application log,
    /// which is shipped to a log service and kept longer). Records older than 90 days are purged.
    /// </summary>
    [ProcessingPurpose(Purpose.Security)]
    public sealed class AccessLogMiddleware
    {
        private static readonly TimeSpan Retention = TimeSpan.FromDays(90);
        private readonly RequestDelegate next;
        private readonly AccessLogStore store;
        private readonly TimeProvider clock;

        public AccessLogMiddleware(RequestDelegate next, AccessLogStore store, TimeProvider clock)
        {
            this.next = next;
            this.store = store;
            this.clock = clock;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            await next(context);

            var entry = new AccessLogEntry
            {
                Timestamp = clock.GetUtcNow(),
                IpAddress = context.Connection.RemoteIpAddress?.ToString() ?? "",
                RequestLine = context.Request.Method + " " + context.Request.Path + context.Request.QueryString,
                Referrer = context.Request.Headers.Referer.ToString(),
                UserAgent = context.Request.Headers.UserAgent.ToString(),
                StatusCode = context.Response.StatusCode,
            };
            store.Append(entry);
            store.PurgeOlderThan(entry.Timestamp - Retention);
        }
    }

    /// <summary>The access-log store (a rotating file or table in a real deployment).</summary>
    public sealed class AccessLogStore
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<AccessLogEntry> entries = new();

        public void Append(AccessLogEntry entry) => entries.Enqueue(entry);

        public void PurgeOlderThan(DateTimeOffset cutoff)
        {
            while (entries.TryPeek(out var oldest) && oldest.Timestamp < cutoff)
            {
                entries.TryDequeue(out _);
            }
        }
    }
}
