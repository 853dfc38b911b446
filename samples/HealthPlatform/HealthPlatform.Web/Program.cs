using System;
using HealthPlatform.Domain.Business;
using HealthPlatform.Domain.Care;
using HealthPlatform.Domain.Commerce;
using HealthPlatform.Domain.Community;
using HealthPlatform.Domain.Patients;
using HealthPlatform.Web.Clients;
using HealthPlatform.Web.Features;
using HealthPlatform.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
builder.Services.AddAuthorizationBuilder()
    .AddPolicy("PrescriberNetwork", policy => policy.RequireClaim("client", "prescriber-network"))
    .AddPolicy("Legal", policy => policy.RequireRole("legal"))
    .AddPolicy("Procurement", policy => policy.RequireRole("procurement"));

builder.Services.AddSingleton(typeof(InMemoryStore<>));

// Empfänger personenbezogener Daten: jeder Client ist ein [SharesWith].
AddClient<PrescriberNetworkClient>(builder, "PrescriberNetwork");
AddClient<OwnDoctorLetterClient>(builder, "DoctorLetters");
AddClient<PharmacyClient>(builder, "Pharmacy");
AddClient<PaymentProviderClient>(builder, "Payments");
AddClient<DeliveryClient>(builder, "Delivery");
AddClient<IdentityCheckClient>(builder, "IdentityCheck");
AddClient<SalesforceClient>(builder, "Salesforce");
AddClient<LawFirmClient>(builder, "LawFirm");
AddClient<GroupCrmClient>(builder, "GroupCrm");
AddClient<MetaAudienceClient>(builder, "Meta");
AddClient<GoogleAudienceClient>(builder, "Google");

builder.Services.AddScoped<QuestionnaireService>();
builder.Services.AddScoped<ConsultationService>();
builder.Services.AddScoped<OrderService>();
builder.Services.AddScoped<IdentityVerificationService>();
builder.Services.AddScoped<PaymentService>();
builder.Services.AddScoped<PatientNotifications>();
builder.Services.AddScoped<MarketingService>();
builder.Services.AddScoped<AudienceService>();
builder.Services.AddScoped<CommunityService>();
builder.Services.AddScoped<LegalClaimsService>();
builder.Services.AddScoped<BusinessRelationshipService>();

var app = builder.Build();

app.UseMiddleware<RetargetingCookieMiddleware>();
app.UseAuthentication();
app.UseAuthorization();

app.MapQuestionnaire();
app.MapCare();
app.MapCommunityAndAdministration();

app.Run();

static void AddClient<TClient>(WebApplicationBuilder builder, string name)
    where TClient : class
{
    builder.Services.AddHttpClient<TClient>(client =>
        client.BaseAddress = new Uri(builder.Configuration[$"Services:{name}:BaseUrl"] ?? $"https://{name.ToLowerInvariant()}.invalid/"));
}
