using System;
using System.Collections.Generic;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Orders
{
    /// <summary>An order placed in the online store (software subscriptions, training credits, hardware).</summary>
    public sealed class Order
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        /// <summary>The account that placed the order.</summary>
        [PersonalData(Category.UserId, Purpose.OrderFulfillment,
            Subjects = DataSubject.Customer, Required = true, Description = "User ID")]
        public string AccountUserId { get; set; } = "";

        [PersonalData(Category.Name, Purpose.OrderFulfillment, Purpose.PaymentProcessing,
            Subjects = DataSubject.Customer, Required = true, Retention = "P7Y", Description = "Billing name")]
        public string BillingName { get; set; } = "";

        [PersonalData(Category.PostalAddress, Purpose.OrderFulfillment, Purpose.PaymentProcessing,
            Subjects = DataSubject.Customer, Required = true, Retention = "P7Y", Description = "Billing address")]
        public string BillingAddress { get; set; } = "";

        [PersonalData(Category.PostalAddress, Purpose.OrderFulfillment, Purpose.LegalCompliance,
            Subjects = DataSubject.Customer, Required = true, Description = "Delivery address")]
        public string ShippingAddress { get; set; } = "";

        /// <summary>
        /// The payment processor's token for the card. The card number never reaches our servers: the
        /// payment form posts it straight to the processor, which returns this token.
        /// </summary>
        [PersonalData(Category.PaymentCard, Purpose.PaymentProcessing,
            Subjects = DataSubject.Customer, Required = true, SharedWith = new[] { "Payment processor" },
            Description = "Credit card information (held by our payment processor; we keep a token)")]
        public string PaymentCardToken { get; set; } = "";

        /// <summary>Shown on the order confirmation and to support staff to identify the card used.</summary>
        [PersonalData(Category.PaymentCard, Purpose.PaymentProcessing, Purpose.CustomerSupport,
            Subjects = DataSubject.Customer, Retention = "P7Y", Description = "Last four digits of the card")]
        public string CardLastFourDigits { get; set; } = "";

        [PersonalData(Category.PurchaseHistory, Purpose.OrderFulfillment, Purpose.LegalCompliance,
            Subjects = DataSubject.Customer, Required = true, Description = "Products ordered")]
        public List<OrderLine> Lines { get; set; } = new();

        /// <summary>
        /// The end-use declaration that export-control law requires for some network equipment: "certain
        /// other information needed to ... comply with various national, state, provincial or local
        /// governmental reporting requirements".
        /// </summary>
        [PersonalData(Category.Other, Purpose.LegalCompliance,
            Subjects = DataSubject.Customer, Required = true,
            Description = "Other information needed to comply with governmental reporting requirements (export end-use declaration)")]
        public string? EndUseDeclaration { get; set; }

        public DateTimeOffset PlacedAt { get; set; }

        public decimal Total { get; set; }

        public string Currency { get; set; } = "USD";
    }

    public sealed class OrderLine
    {
        public string Sku { get; set; } = "";

        public int Quantity { get; set; }

        public decimal UnitPrice { get; set; }
    }
}
