using System;
using PrivacyAttributes;

namespace CorporateWebsite.Domain.Products
{
    /// <summary>The registration of a purchased product, for warranty and support entitlement.</summary>
    public sealed class ProductRegistration
    {
        public Guid Id { get; set; } = Guid.NewGuid();

        /// <summary>
        /// The serial number printed on an enterprise router or switch. It identifies the device, which
        /// belongs to the customer's organisation, not a person.
        /// </summary>
        [NotPersonalData]
        public string SerialNumber { get; set; } = "";

        public string ProductModel { get; set; } = "";

        [PersonalData(Category.Name, Purpose.ProductRegistration, Purpose.CustomerSupport,
            Subjects = DataSubject.Customer | DataSubject.BusinessContact, Required = true, Description = "Name of the registered owner's contact")]
        public string ContactName { get; set; } = "";

        [PersonalData(Category.Email, Purpose.ProductRegistration, Purpose.CustomerSupport,
            Subjects = DataSubject.Customer | DataSubject.BusinessContact, Required = true)]
        public string ContactEmail { get; set; } = "";

        [PersonalData(Category.Employer, Purpose.ProductRegistration,
            Subjects = DataSubject.Customer | DataSubject.BusinessContact, Required = true, Description = "Company that owns the product")]
        public string OwnerCompany { get; set; } = "";

        [PersonalData(Category.PurchaseHistory, Purpose.ProductRegistration,
            Subjects = DataSubject.Customer | DataSubject.BusinessContact, Description = "Where and when the product was bought")]
        public string PurchasedFrom { get; set; } = "";

        public DateOnly PurchaseDate { get; set; }
    }
}
