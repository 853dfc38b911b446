using System;
using System.Threading;
using System.Threading.Tasks;
using HealthPlatform.Domain.Care;
using HealthPlatform.Domain.Commerce;
using HealthPlatform.Domain.Patients;
using HealthPlatform.Web.Clients;
using HealthPlatform.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PrivacyAttributes;

namespace HealthPlatform.Web.Features
{
    /// <summary>Ergebnisse der Konsultation, die der verschreibende Arzt zurückmeldet, und das Rezept.</summary>
    [ProcessingPurpose(Purpose.HealthcareProvision)]
    public sealed class ConsultationService
    {
        private readonly InMemoryStore<Consultation> consultations;
        private readonly InMemoryStore<Prescription> prescriptions;
        private readonly InMemoryStore<Patient> patients;
        private readonly OwnDoctorLetterClient ownDoctor;
        private readonly PatientNotifications notifications;
        private readonly ILogger<ConsultationService> logger;

        public ConsultationService(
            InMemoryStore<Consultation> consultations,
            InMemoryStore<Prescription> prescriptions,
            InMemoryStore<Patient> patients,
            OwnDoctorLetterClient ownDoctor,
            PatientNotifications notifications,
            ILogger<ConsultationService> logger)
        {
            this.consultations = consultations;
            this.prescriptions = prescriptions;
            this.patients = patients;
            this.ownDoctor = ownDoctor;
            this.notifications = notifications;
            this.logger = logger;
        }

        /// <summary>Webhook des Ärztenetzwerks: die Konsultation ist abgeschlossen, ggf. mit Rezept.</summary>
        public async Task<IResult> CompleteAsync(Guid consultationId, Prescription? prescription, CancellationToken cancellationToken)
        {
            var consultation = consultations.Find(consultationId);
            var patient = consultation is null ? null : patients.Find(consultation.PatientId);
            if (consultation is null || patient is null)
            {
                return Results.NotFound();
            }

            consultation.CompletedAt = DateTimeOffset.UtcNow;
            if (prescription is not null)
            {
                prescription.PatientId = patient.Id;
                prescription.ConsultationId = consultation.Id;
                prescriptions.Save(prescription.Id, prescription);

                if (patient.InformOwnDoctorConsent && patient.OwnDoctorPractice is { } practice)
                {
                    await ownDoctor.SendSubscriptionNoticeAsync(practice, patient.FirstName, patient.LastName, patient.DateOfBirth, prescription.Medication, cancellationToken);
                }
            }

            await notifications.NotifyNewDoctorMessageAsync(patient, cancellationToken);
            logger.LogInformation("Consultation {ConsultationId} completed (prescription: {HasPrescription})", consultation.Id, prescription is not null);
            return Results.NoContent();
        }
    }

    /// <summary>Bestellungen: Identitätsprüfung, Zahlung, Rezept an die Partnerapotheke, Versand.</summary>
    [ProcessingPurpose(Purpose.OrderFulfillment)]
    public sealed class OrderService
    {
        private readonly InMemoryStore<MedicationOrder> orders;
        private readonly InMemoryStore<Prescription> prescriptions;
        private readonly InMemoryStore<Patient> patients;
        private readonly IdentityVerificationService identity;
        private readonly PaymentService payments;
        private readonly PharmacyClient pharmacy;
        private readonly DeliveryClient delivery;
        private readonly PatientNotifications notifications;
        private readonly ILogger<OrderService> logger;

        public OrderService(
            InMemoryStore<MedicationOrder> orders,
            InMemoryStore<Prescription> prescriptions,
            InMemoryStore<Patient> patients,
            IdentityVerificationService identity,
            PaymentService payments,
            PharmacyClient pharmacy,
            DeliveryClient delivery,
            PatientNotifications notifications,
            ILogger<OrderService> logger)
        {
            this.orders = orders;
            this.prescriptions = prescriptions;
            this.patients = patients;
            this.identity = identity;
            this.payments = payments;
            this.pharmacy = pharmacy;
            this.delivery = delivery;
            this.notifications = notifications;
            this.logger = logger;
        }

        public async Task<IResult> PlaceAsync(MedicationOrder order, IdentityCheck identityDocument, CancellationToken cancellationToken)
        {
            var patient = patients.Find(order.PatientId);
            var prescription = prescriptions.Find(order.PrescriptionId);
            if (patient is null || prescription is null || prescription.PatientId != patient.Id)
            {
                return Results.NotFound();
            }

            if (!await identity.VerifyAsync(patient, identityDocument, cancellationToken))
            {
                return Results.Problem("Die Identitätsprüfung ist fehlgeschlagen.", statusCode: StatusCodes.Status403Forbidden);
            }

            if (!await payments.ChargeAsync(order, cancellationToken))
            {
                return Results.Problem("Die Zahlung wurde abgelehnt.", statusCode: StatusCodes.Status402PaymentRequired);
            }

            order.PlacedAt = DateTimeOffset.UtcNow;
            orders.Save(order.Id, order);

            await pharmacy.SubmitPrescriptionAsync(order.Id, prescription.Medication, prescription.Dosage, patient.FirstName, patient.LastName, order.ShippingAddress, cancellationToken);
            order.TrackingNumber = await delivery.CreateShipmentAsync(order.Id, patient.FirstName + " " + patient.LastName, order.ShippingAddress, cancellationToken);
            await notifications.SendShippingUpdateAsync(patient, order, cancellationToken);

            logger.LogInformation("Order {OrderId} placed", order.Id);
            return Results.Created($"/api/bestellungen/{order.Id}", null);
        }
    }

    /// <summary>Identitätsprüfungen vor dem Kauf, zu denen uns das Recht der EU und der Mitgliedstaaten verpflichtet.</summary>
    [ProcessingPurpose(Purpose.FraudPrevention)]
    public sealed class IdentityVerificationService
    {
        private readonly InMemoryStore<IdentityCheck> checks;
        private readonly IdentityCheckClient client;

        public IdentityVerificationService(InMemoryStore<IdentityCheck> checks, IdentityCheckClient client)
        {
            this.checks = checks;
            this.client = client;
        }

        public async Task<bool> VerifyAsync(Patient patient, IdentityCheck check, CancellationToken cancellationToken)
        {
            check.PatientId = patient.Id;
            check.Outcome = await client.VerifyAsync(patient.FirstName, patient.LastName, patient.DateOfBirth, patient.PostalAddress, check.IdentityDocumentType, check.IdentityDocumentNumber, cancellationToken);
            check.CheckedAt = DateTimeOffset.UtcNow;
            checks.Save(check.Id, check);
            return string.Equals(check.Outcome, "verified", StringComparison.Ordinal);
        }
    }

    [ProcessingPurpose(Purpose.PaymentProcessing)]
    public sealed class PaymentService
    {
        private readonly PaymentProviderClient client;

        public PaymentService(PaymentProviderClient client) => this.client = client;

        public Task<bool> ChargeAsync(MedicationOrder order, CancellationToken cancellationToken) =>
            client.ChargeAsync(order.PaymentMethodToken, order.Amount, cancellationToken);
    }

    /// <summary>Nachrichten zum Dienst: neue Nachricht des Arztes, Versand und Sendungsverfolgung.</summary>
    [ProcessingPurpose(Purpose.ServiceCommunications)]
    public sealed class PatientNotifications
    {
        private readonly SalesforceClient salesforce;

        public PatientNotifications(SalesforceClient salesforce) => this.salesforce = salesforce;

        public Task NotifyNewDoctorMessageAsync(Patient patient, CancellationToken cancellationToken) =>
            salesforce.SendEmailAsync(patient.Email, patient.FirstName, "neue-nachricht-arzt", cancellationToken);

        public Task SendShippingUpdateAsync(Patient patient, MedicationOrder order, CancellationToken cancellationToken) =>
            salesforce.SendEmailAsync(patient.Email, patient.FirstName, "versand:" + order.TrackingNumber, cancellationToken);
    }

    public sealed record PlaceOrderRequest(MedicationOrder Order, IdentityCheck IdentityDocument);

    public static class CareEndpoints
    {
        public static IEndpointRouteBuilder MapCare(this IEndpointRouteBuilder app)
        {
            app.MapPost("/hooks/consultations/{consultationId:guid}/completed", (Guid consultationId, Prescription? prescription, ConsultationService service, CancellationToken ct) =>
                service.CompleteAsync(consultationId, prescription, ct)).RequireAuthorization("PrescriberNetwork");
            app.MapPost("/api/bestellungen", (PlaceOrderRequest request, OrderService service, CancellationToken ct) =>
                service.PlaceAsync(request.Order, request.IdentityDocument, ct)).RequireAuthorization();
            return app;
        }
    }
}
