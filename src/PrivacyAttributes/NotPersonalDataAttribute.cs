using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Marks a member that only looks like personal data, such as a support mailbox constant or a
    /// product's serial number, so that it is not reported as unannotated personal data.
    /// </summary>
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
    public sealed class NotPersonalDataAttribute : Attribute
    {
    }
}
