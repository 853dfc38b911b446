namespace PrivacyAttributes.Inventory;

/// <summary>The language a privacy policy is rendered in.</summary>
public enum PolicyLanguage
{
    /// <summary>English, with GDPR citations ("Art. 6(1)(b) GDPR").</summary>
    English = 0,

    /// <summary>German, in the terms of the DSGVO ("Art. 6 Abs. 1 lit. b DSGVO").</summary>
    German = 1,
}
