using System;
using CorporateWebsite.Domain.Accounts;
using CorporateWebsite.Domain.Careers;
using CorporateWebsite.Domain.Events;
using CorporateWebsite.Domain.Marketing;
using CorporateWebsite.Domain.Orders;
using CorporateWebsite.Domain.Partners;
using CorporateWebsite.Domain.Products;
using CorporateWebsite.Domain.Support;
using CorporateWebsite.Domain.Surveys;
using CorporateWebsite.Domain.Visitors;
using CorporateWebsite.Web.Clients;
using CorporateWebsite.Web.Features;
using CorporateWebsite.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<SiteOptions>(builder.Configuration.GetSection("Site"));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
builder.Services.AddAuthorizationBuilder()
    .AddPolicy("PartnerAdministrator", policy => policy.RequireRole("partner-admin"));

// Stores (a database in a real deployment).
builder.Services.AddSingleton(typeof(InMemoryStore<>));
builder.Services.AddSingleton<AccessLogStore>();
builder.Services.AddSingleton<PageViewStatistics>();
builder.Services.AddSingleton<ResellerDirectory>();

// The service providers and partners personal data is disclosed to: each client is a [SharesWith].
AddClient<MarketingAutomationClient>(builder, "MarketingAutomation");
AddClient<EventPlatformClient>(builder, "EventPlatform");
AddClient<TelemarketingClient>(builder, "Telemarketing");
AddClient<ResellerLeadClient>(builder, "ResellerLeads");
AddClient<PaymentGatewayClient>(builder, "PaymentGateway");
AddClient<ApplicantTrackingClient>(builder, "ApplicantTracking");
AddClient<SupportCaseClient>(builder, "SupportCases");
AddClient<GovernmentReportingClient>(builder, "GovernmentReporting");

// Features.
builder.Services.AddScoped<InformationRequestService>();
builder.Services.AddScoped<EventRegistrationService>();
builder.Services.AddScoped<EventLeadService>();
builder.Services.AddScoped<AccountService>();
builder.Services.AddScoped<AccountNotifications>();
builder.Services.AddScoped<BreachNotificationService>();
builder.Services.AddScoped<OrderService>();
builder.Services.AddScoped<PaymentService>();
builder.Services.AddScoped<GovernmentReportingService>();
builder.Services.AddScoped<CareersService>();
builder.Services.AddScoped<SurveyService>();
builder.Services.AddScoped<PartnerLocatorService>();
builder.Services.AddScoped<PartnerSiteService>();
builder.Services.AddScoped<ProductRegistrationService>();
builder.Services.AddScoped<SupportService>();
builder.Services.AddScoped<NewsletterService>();
builder.Services.AddScoped<PersonalizationService>();

var app = builder.Build();

app.UseMiddleware<AccessLogMiddleware>();
app.UseMiddleware<VisitorCookieMiddleware>();
app.UseAuthentication();
app.UseAuthorization();

app.MapInformationRequests();
app.MapEvents();
app.MapAccounts();
app.MapOrders();
app.MapCareers();
app.MapSurveys();
app.MapPartners();
app.MapProductsAndSupport();
app.MapMarketing();

app.Run();

static void AddClient<TClient>(WebApplicationBuilder builder, string name)
    where TClient : class
{
    builder.Services.AddHttpClient<TClient>(client =>
        client.BaseAddress = new Uri(builder.Configuration[$"Services:{name}:BaseUrl"] ?? $"https://{name.ToLowerInvariant()}.invalid/"));
}
