using System;
using System.Threading;
using System.Threading.Tasks;
using CorporateWebsite.Domain.Accounts;
using CorporateWebsite.Domain.Orders;
using CorporateWebsite.Web.Clients;
using CorporateWebsite.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace CorporateWebsite.Web.Features
{
    /// <summary>Orders from the online store.</summary>
    [ProcessingPurpose(Purpose.OrderFulfillment)]
    public sealed class OrderService
    {
        private readonly InMemoryStore<Order> orders;
        private readonly InMemoryStore<UserAccount> accounts;
        private readonly PaymentService payments;
        private readonly GovernmentReportingService reporting;
        private readonly AccountNotifications notifications;
        private readonly TimeProvider clock;
        private readonly ILogger<OrderService> logger;

        public OrderService(
            InMemoryStore<Order> orders,
            InMemoryStore<UserAccount> accounts,
            PaymentService payments,
            GovernmentReportingService reporting,
            AccountNotifications notifications,
            TimeProvider clock,
            ILogger<OrderService> logger)
        {
            this.orders = orders;
            this.accounts = accounts;
            this.payments = payments;
            this.reporting = reporting;
            this.notifications = notifications;
            this.clock = clock;
            this.logger = logger;
        }

        public async Task<IResult> PlaceOrderAsync(Guid accountKey, Order order, CancellationToken cancellationToken)
        {
            var account = accounts.Find(accountKey);
            if (account is null)
            {
                return Results.Unauthorized();
            }

            order.AccountUserId = account.UserId;
            order.PlacedAt = clock.GetUtcNow();
            orders.Save(order.Id, order);

            if (!await payments.ChargeAsync(order, cancellationToken))
            {
                logger.LogWarning("Payment for order {OrderId} was declined", order.Id);
                return Results.Problem("The payment was declined.", statusCode: StatusCodes.Status402PaymentRequired);
            }

            await reporting.FileIfRequiredAsync(order, cancellationToken);
            await notifications.SendOrderConfirmationAsync(account, cancellationToken);

            logger.LogInformation("Order {OrderId} placed: {Total} {Currency}", order.Id, order.Total, order.Currency);
            return Results.Created($"/api/orders/{order.Id}", null);
        }
    }

    /// <summary>Charges the card token the checkout page obtained from the payment processor.</summary>
    [ProcessingPurpose(Purpose.PaymentProcessing)]
    public sealed class PaymentService
    {
        private readonly PaymentGatewayClient gateway;

        public PaymentService(PaymentGatewayClient gateway) => this.gateway = gateway;

        public async Task<bool> ChargeAsync(Order order, CancellationToken cancellationToken)
        {
            var result = await gateway.ChargeAsync(order.PaymentCardToken, order.Total, order.Currency, order.BillingName, order.BillingAddress, cancellationToken);
            if (!result.Succeeded)
            {
                return false;
            }

            order.CardLastFourDigits = result.CardLastFourDigits;
            return true;
        }
    }

    /// <summary>Export-control reporting for equipment that needs an end-use declaration.</summary>
    [ProcessingPurpose(Purpose.LegalCompliance)]
    public sealed class GovernmentReportingService
    {
        private readonly GovernmentReportingClient client;

        public GovernmentReportingService(GovernmentReportingClient client) => this.client = client;

        public async Task FileIfRequiredAsync(Order order, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(order.EndUseDeclaration))
            {
                return;
            }

            await client.FileExportReportAsync(order.Id.ToString("N"), order.ShippingAddress, order.EndUseDeclaration, order.Lines, cancellationToken);
        }
    }

    public static class OrderEndpoints
    {
        public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/accounts/{accountKey:guid}/orders", (Guid accountKey, Order order, OrderService service, CancellationToken ct) => service.PlaceOrderAsync(accountKey, order, ct))
                .RequireAuthorization();
            return app;
        }
    }
}
