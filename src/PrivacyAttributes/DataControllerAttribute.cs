using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Names who is responsible for the processing: the controller (GDPR Art. 4(7)), whose identity
    /// and contact details a privacy policy must give (GDPR Art. 13(1)(a) and (b), Art. 30(1)(a)).
    /// </summary>
    /// <example>
    /// <code>
    /// [assembly: DataController("Example Ltd", Email = "privacy@example.com")]
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
    public sealed class DataControllerAttribute : Attribute
    {
        /// <summary>Names the controller.</summary>
        /// <param name="name">The controller's legal name.</param>
        public DataControllerAttribute(string name)
        {
            Name = name;
        }

        /// <summary>The controller's legal name.</summary>
        public string Name { get; }

        /// <summary>The controller's postal address.</summary>
        public string? Address { get; set; }

        /// <summary>The e-mail address for privacy questions and requests.</summary>
        public string? Email { get; set; }

        /// <summary>The controller's website.</summary>
        public string? Website { get; set; }

        /// <summary>How to reach the data protection officer (GDPR Art. 13(1)(b)), if there is one.</summary>
        public string? DataProtectionOfficer { get; set; }

        /// <summary>The representative in the EU (GDPR Art. 27), for a controller outside it.</summary>
        public string? Representative { get; set; }

        /// <summary>The supervisory authority people can complain to (GDPR Art. 13(2)(d), Art. 77).</summary>
        public string? SupervisoryAuthority { get; set; }
    }
}
