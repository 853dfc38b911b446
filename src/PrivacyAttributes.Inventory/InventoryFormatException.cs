using System;

namespace PrivacyAttributes.Inventory;

/// <summary>The inventory JSON cannot be read: it is not JSON, has an unsupported schema version, or a
/// field has the wrong type or an unknown enum name. The message names the JSON path of the problem.</summary>
public sealed class InventoryFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InventoryFormatException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public InventoryFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The parser's exception.</param>
    public InventoryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at a JSON path.</summary>
    /// <param name="path">The JSON path, <c>$.dataItems[0].category</c>.</param>
    /// <param name="problem">What is wrong there.</param>
    public InventoryFormatException(string path, string problem)
        : base(path + ": " + problem)
    {
        JsonPath = path;
    }

    /// <summary>Where in the document the problem is (<c>$</c> for the document itself), when known.</summary>
    public string? JsonPath { get; }
}
