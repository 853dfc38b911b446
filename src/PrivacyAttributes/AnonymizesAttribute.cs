using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Marks a method whose return value no longer identifies anyone: a keyed hash, an aggregate, a
    /// redaction. Data that passes through it is no longer personal data (GDPR Recital 26), so it may
    /// be logged or shared. Only use it when the result truly cannot be linked back to a person.
    /// </summary>
    /// <example>
    /// <code>
    /// [Anonymizes]
    /// public static string Redact(string email) => "***";
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class AnonymizesAttribute : Attribute
    {
    }
}
