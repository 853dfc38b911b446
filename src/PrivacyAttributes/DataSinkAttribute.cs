using System;

namespace PrivacyAttributes
{
    /// <summary>
    /// Marks a project's own logging, telemetry, storage or network API: values passed to it leave
    /// the process. Personal data that reaches it is reported unless it was anonymized first.
    /// On a method every argument is a sink; on a parameter only that parameter is.
    /// </summary>
    /// <example>
    /// <code>
    /// [DataSink(SinkKind.Telemetry)]
    /// public void Track(string eventName, object properties) { ... }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
    public sealed class DataSinkAttribute : Attribute
    {
        /// <summary>Marks a sink of the given kind.</summary>
        /// <param name="kind">Where the values go.</param>
        public DataSinkAttribute(SinkKind kind)
        {
            Kind = kind;
        }

        /// <summary>Where the values go.</summary>
        public SinkKind Kind { get; }
    }
}
