namespace PrivacyAttributes
{
    /// <summary>
    /// Where a value goes when it is passed to a <see cref="DataSinkAttribute"/> method: it leaves the
    /// process and may be kept, read or shipped elsewhere.
    /// </summary>
    /// <remarks>The numeric values are part of the binary contract: never renumber a member.</remarks>
    public enum SinkKind
    {
        /// <summary>A log.</summary>
        Log = 0,

        /// <summary>Telemetry, metrics or tracing.</summary>
        Telemetry = 1,

        /// <summary>A console or terminal.</summary>
        Console = 2,

        /// <summary>An exception message, which often ends up in logs and error reports.</summary>
        Exception = 3,

        /// <summary>Storage: files, databases, caches.</summary>
        Storage = 4,

        /// <summary>The network: another service or system.</summary>
        Network = 5,
    }
}
