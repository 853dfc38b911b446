using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Model
{
    /// <summary>What kind of code a processing entry is (<c>processing[].kind</c>).</summary>
    internal enum ProcessingKind
    {
        /// <summary>An ordinary method, operator or conversion.</summary>
        Method,

        /// <summary>An instance or static constructor.</summary>
        Constructor,

        /// <summary>A property, indexer or event accessor.</summary>
        Accessor,

        /// <summary>A local function.</summary>
        LocalFunction,

        /// <summary>A lambda or anonymous method.</summary>
        Lambda,
    }

    /// <summary>One <c>processing[]</c> entry: code under a purpose or a recipient that touches personal data.</summary>
    internal sealed record ProcessingEntryModel(
        string Id,
        string Assembly,
        string File,
        int Line,
        ProcessingKind Kind,
        EquatableArray<Purpose> Purposes,
        PurposeOrigin PurposeOrigin,
        EquatableArray<string> SharesWith,
        EquatableArray<string> Reads,
        EquatableArray<string> Discloses);
}
