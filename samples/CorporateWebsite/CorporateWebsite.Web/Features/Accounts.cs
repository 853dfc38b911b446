using System;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Accounts;
using CorporateWebsite.Web.Clients;
using CorporateWebsite.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Features
{
    /// <summary>The body of "Create an account".</summary>
    public sealed class AccountRegistrationRequest
    {
        [PersonalData(Category.UserId, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled", Description = "User ID")]
        public string UserId { get; set; } = "";

        [PersonalData(Category.Email, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled")]
        public string Email { get; set; } = "";

        /// <summary>Held only while the request is handled; the account keeps a salted hash.</summary>
        [PersonalData(Category.AccountCredentials, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled", Description = "Password")]
        public string Password { get; set; } = "";

        [PersonalData(Category.Name, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled")]
        public string FirstName { get; set; } = "";

        [PersonalData(Category.Name, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled")]
        public string LastName { get; set; } = "";

        [PersonalData(Category.Employer, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled", Description = "Where you work")]
        public string? Company { get; set; }

        [PersonalData(Category.JobTitle, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled", Description = "What you do")]
        public string? JobTitle { get; set; }
    }

    /// <summary>Creating accounts and showing the signed-in user's profile.</summary>
    [ProcessingPurpose(Purpose.AccountManagement)]
    public sealed class AccountService
    {
        private readonly InMemoryStore<UserAccount> accounts;
        private readonly AccountNotifications notifications;
        private readonly TimeProvider clock;
        private readonly ILogger<AccountService> logger;

        public AccountService(InMemoryStore<UserAccount> accounts, AccountNotifications notifications, TimeProvider clock, ILogger<AccountService> logger)
        {
            this.accounts = accounts;
            this.notifications = notifications;
            this.clock = clock;
            this.logger = logger;
        }

        public async Task<IResult> RegisterAsync(AccountRegistrationRequest request, CancellationToken cancellationToken)
        {
            if (accounts.Where(a => string.Equals(a.UserId, request.UserId, StringComparison.OrdinalIgnoreCase)).Count > 0)
            {
                return Results.Conflict("This user ID is taken.");
            }

            var account = new UserAccount
            {
                UserId = request.UserId,
                Email = request.Email,
                PasswordHash = HashPassword(request.Password),
                FirstName = request.FirstName,
                LastName = request.LastName,
                Company = request.Company,
                JobTitle = request.JobTitle,
                CreatedAt = clock.GetUtcNow(),
            };
            var id = Guid.NewGuid();
            accounts.Save(id, account);
            await notifications.SendWelcomeAsync(account, cancellationToken);

            logger.LogInformation("Account {AccountKey} created", id);
            return Results.Created($"/api/accounts/{id}", null);
        }

        public IResult GetProfile(Guid id)
        {
            var account = accounts.Find(id);
            if (account is null)
            {
                return Results.NotFound();
            }

            return Results.Ok(new AccountProfile(account.UserId, account.FirstName, account.LastName, account.Company, AvatarUrls.For(account)));
        }

        private static string HashPassword(string password)
        {
            var salt = RandomNumberGenerator.GetBytes(16);
            var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
            return "pbkdf2-sha256$600000$" + Convert.ToBase64String(salt) + "$" + Convert.ToBase64String(hash);
        }
    }

    /// <summary>What the profile page shows the signed-in user about their own account.</summary>
    public sealed record AccountProfile(
        [PersonalData(Category.UserId, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled", Description = "User ID")]
        string UserId,
        [PersonalData(Category.Name, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled")]
        string FirstName,
        [PersonalData(Category.Name, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled")]
        string LastName,
        [PersonalData(Category.Employer, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled", Description = "Where you work")]
        string? Company,
        [PersonalData(Category.Photo, Purpose.AccountManagement, Subjects = DataSubject.Customer | DataSubject.Prospect,
            Retention = "UntilPurposeFulfilled", Description = "Profile picture")]
        string AvatarUrl);

    /// <summary>Confirmations and notices about the account.</summary>
    [ProcessingPurpose(Purpose.ServiceCommunications)]
    public sealed class AccountNotifications
    {
        private readonly MarketingAutomationClient mailer;

        public AccountNotifications(MarketingAutomationClient mailer) => this.mailer = mailer;

        public Task SendWelcomeAsync(UserAccount account, CancellationToken cancellationToken) =>
            mailer.SendTransactionalAsync(account.Email, account.FirstName, "account-welcome", cancellationToken);

        public Task SendOrderConfirmationAsync(UserAccount account, CancellationToken cancellationToken) =>
            mailer.SendTransactionalAsync(account.Email, account.FirstName, "order-confirmation", cancellationToken);
    }

    /// <summary>
    /// "If we learn of a security system's breach, we may attempt to notify you electronically ... by
    /// sending an email to you."
    /// </summary>
    [ProcessingPurpose(Purpose.Security)]
    public sealed class BreachNotificationService
    {
        private readonly InMemoryStore<UserAccount> accounts;
        private readonly MarketingAutomationClient mailer;

        public BreachNotificationService(InMemoryStore<UserAccount> accounts, MarketingAutomationClient mailer)
        {
            this.accounts = accounts;
            this.mailer = mailer;
        }

        public async Task<int> NotifyAllAsync(string noticeTemplate, CancellationToken cancellationToken)
        {
            var recipients = accounts.All().Select(a => a.Email).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (var email in recipients)
            {
                await mailer.SendTransactionalAsync(email, null, noticeTemplate, cancellationToken);
            }

            return recipients.Count;
        }
    }

    public static class AccountEndpoints
    {
        public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/accounts", (AccountRegistrationRequest request, AccountService service, CancellationToken ct) => service.RegisterAsync(request, ct));
            app.MapGet("/api/accounts/{id:guid}", (Guid id, AccountService service) => service.GetProfile(id)).RequireAuthorization();
            return app;
        }
    }
}
