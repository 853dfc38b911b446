namespace PrivacyAttributes.CodeFixes
{
    /// <summary>Equivalence keys of the code fixes, so fix-all groups the same kind of fix.</summary>
    internal static class CodeFixEquivalenceKeys
    {
        internal const string Prefix = "PrivacyAttributes.";
    }
}
