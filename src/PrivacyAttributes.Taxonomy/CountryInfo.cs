using System;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>One officially assigned ISO 3166-1 alpha-2 code with its English and German short names.</summary>
    public sealed class CountryInfo
    {
        /// <summary>Creates the entry of one country or territory.</summary>
        /// <param name="code">The ISO 3166-1 alpha-2 code, upper case.</param>
        /// <param name="nameEn">The English short name.</param>
        /// <param name="nameDe">The German short name.</param>
        public CountryInfo(string code, string nameEn, string nameDe)
        {
            Code = code ?? throw new ArgumentNullException(nameof(code));
            NameEn = nameEn ?? throw new ArgumentNullException(nameof(nameEn));
            NameDe = nameDe ?? throw new ArgumentNullException(nameof(nameDe));
        }

        /// <summary>The ISO 3166-1 alpha-2 code, upper case ("DE").</summary>
        public string Code { get; }

        /// <summary>The English short name ("Germany").</summary>
        public string NameEn { get; }

        /// <summary>The German short name ("Deutschland").</summary>
        public string NameDe { get; }
    }
}
