using System.Linq;
using System.Text.Json;

namespace PrivacyAttributes.Generators.Tests.Infrastructure;

/// <summary>Helpers to look into a generated inventory.</summary>
public static class Json
{
    public static JsonElement DataItem(this GeneratorOutput output, string id) =>
        output.Root.GetProperty("dataItems").EnumerateArray().Single(item => item.GetProperty("id").GetString() == id);

    public static JsonElement Processing(this GeneratorOutput output, string id) =>
        output.Root.GetProperty("processing").EnumerateArray().Single(item => item.GetProperty("id").GetString() == id);

    public static JsonElement Purpose(this GeneratorOutput output, string purpose) =>
        output.Root.GetProperty("purposes").EnumerateArray().Single(item => item.GetProperty("purpose").GetString() == purpose);

    public static string[] Ids(this GeneratorOutput output, string array) =>
        output.Root.GetProperty(array).EnumerateArray().Select(item => item.GetProperty("id").GetString()!).ToArray();

    public static string[] Strings(this JsonElement element, string property) =>
        element.GetProperty(property).EnumerateArray().Select(item => item.GetString()!).ToArray();

    public static string? String(this JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.GetString() : null;

    public static string[] PropertyNames(this JsonElement element) =>
        element.EnumerateObject().Select(property => property.Name).ToArray();
}
