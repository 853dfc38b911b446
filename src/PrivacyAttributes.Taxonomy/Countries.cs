using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace PrivacyAttributes.Taxonomy
{
    /// <summary>
    /// Countries and territories: every officially assigned ISO 3166-1 alpha-2 code with English and German
    /// short names, the members of the European Economic Area, and the European Commission's adequacy
    /// decisions under GDPR Art. 45. Used by PRIV007, PRIV100 and the renderers.
    /// </summary>
    /// <remarks>
    /// Codes are compared ordinally and must be upper case: <c>"us"</c> is not a code (it is reported as
    /// not assigned, not in the EEA and without adequacy decision), nor are <c>""</c>, <see langword="null"/>,
    /// user-assigned codes such as <c>"XX"</c> or <c>"XK"</c>, or reserved codes such as <c>"UK"</c> and <c>"EU"</c>.
    /// No lookup throws.
    /// </remarks>
    public static class Countries
    {
        /// <summary>
        /// The date (<c>yyyy-MM-dd</c>) up to which the list of adequacy decisions was checked against its sources
        /// (see <c>docs/taxonomy-sources.md</c>). Decisions adopted later are missing until the table is updated.
        /// </summary>
        public const string AdequacyListAsOf = "2026-01-27";

        /// <summary>The source and version of the country codes and names.</summary>
        public const string CodesSource = "ISO 3166-1 as published in Debian iso-codes 4.15.0";

        // Generated from Debian iso-codes 4.15.0 (iso_3166-1.json, "common_name" where present, else "name";
        // German from its iso_3166-1 de translation; UM translated by hand, the catalogue has no German for it).
        private static readonly CountryInfo[] CountryTable =
        {
            new CountryInfo("AD", "Andorra", "Andorra"),
            new CountryInfo("AE", "United Arab Emirates", "Vereinigte Arabische Emirate"),
            new CountryInfo("AF", "Afghanistan", "Afghanistan"),
            new CountryInfo("AG", "Antigua and Barbuda", "Antigua und Barbuda"),
            new CountryInfo("AI", "Anguilla", "Anguilla"),
            new CountryInfo("AL", "Albania", "Albanien"),
            new CountryInfo("AM", "Armenia", "Armenien"),
            new CountryInfo("AO", "Angola", "Angola"),
            new CountryInfo("AQ", "Antarctica", "Antarktis"),
            new CountryInfo("AR", "Argentina", "Argentinien"),
            new CountryInfo("AS", "American Samoa", "Amerikanisch-Samoa"),
            new CountryInfo("AT", "Austria", "Österreich"),
            new CountryInfo("AU", "Australia", "Australien"),
            new CountryInfo("AW", "Aruba", "Aruba"),
            new CountryInfo("AX", "Åland Islands", "Åland-Inseln"),
            new CountryInfo("AZ", "Azerbaijan", "Aserbaidschan"),
            new CountryInfo("BA", "Bosnia and Herzegovina", "Bosnien und Herzegowina"),
            new CountryInfo("BB", "Barbados", "Barbados"),
            new CountryInfo("BD", "Bangladesh", "Bangladesch"),
            new CountryInfo("BE", "Belgium", "Belgien"),
            new CountryInfo("BF", "Burkina Faso", "Burkina Faso"),
            new CountryInfo("BG", "Bulgaria", "Bulgarien"),
            new CountryInfo("BH", "Bahrain", "Bahrain"),
            new CountryInfo("BI", "Burundi", "Burundi"),
            new CountryInfo("BJ", "Benin", "Benin"),
            new CountryInfo("BL", "Saint Barthélemy", "Saint-Barthélemy"),
            new CountryInfo("BM", "Bermuda", "Bermuda"),
            new CountryInfo("BN", "Brunei Darussalam", "Brunei Darussalam"),
            new CountryInfo("BO", "Bolivia", "Bolivien"),
            new CountryInfo("BQ", "Bonaire, Sint Eustatius and Saba", "Bonaire, Sint Eustatius und Saba"),
            new CountryInfo("BR", "Brazil", "Brasilien"),
            new CountryInfo("BS", "Bahamas", "Bahamas"),
            new CountryInfo("BT", "Bhutan", "Bhutan"),
            new CountryInfo("BV", "Bouvet Island", "Bouvet-Insel"),
            new CountryInfo("BW", "Botswana", "Botsuana"),
            new CountryInfo("BY", "Belarus", "Belarus"),
            new CountryInfo("BZ", "Belize", "Belize"),
            new CountryInfo("CA", "Canada", "Kanada"),
            new CountryInfo("CC", "Cocos (Keeling) Islands", "Kokos-(Keeling-)Inseln"),
            new CountryInfo("CD", "Congo, The Democratic Republic of the", "Demokratische Republik Kongo"),
            new CountryInfo("CF", "Central African Republic", "Zentralafrikanische Republik"),
            new CountryInfo("CG", "Congo", "Kongo"),
            new CountryInfo("CH", "Switzerland", "Schweiz"),
            new CountryInfo("CI", "Côte d'Ivoire", "Côte d'Ivoire"),
            new CountryInfo("CK", "Cook Islands", "Cookinseln"),
            new CountryInfo("CL", "Chile", "Chile"),
            new CountryInfo("CM", "Cameroon", "Kamerun"),
            new CountryInfo("CN", "China", "China"),
            new CountryInfo("CO", "Colombia", "Kolumbien"),
            new CountryInfo("CR", "Costa Rica", "Costa Rica"),
            new CountryInfo("CU", "Cuba", "Kuba"),
            new CountryInfo("CV", "Cabo Verde", "Kap Verde"),
            new CountryInfo("CW", "Curaçao", "Curaçao"),
            new CountryInfo("CX", "Christmas Island", "Weihnachtsinseln"),
            new CountryInfo("CY", "Cyprus", "Zypern"),
            new CountryInfo("CZ", "Czechia", "Tschechien"),
            new CountryInfo("DE", "Germany", "Deutschland"),
            new CountryInfo("DJ", "Djibouti", "Dschibuti"),
            new CountryInfo("DK", "Denmark", "Dänemark"),
            new CountryInfo("DM", "Dominica", "Dominica"),
            new CountryInfo("DO", "Dominican Republic", "Dominikanische Republik"),
            new CountryInfo("DZ", "Algeria", "Algerien"),
            new CountryInfo("EC", "Ecuador", "Ecuador"),
            new CountryInfo("EE", "Estonia", "Estland"),
            new CountryInfo("EG", "Egypt", "Ägypten"),
            new CountryInfo("EH", "Western Sahara", "Westsahara"),
            new CountryInfo("ER", "Eritrea", "Eritrea"),
            new CountryInfo("ES", "Spain", "Spanien"),
            new CountryInfo("ET", "Ethiopia", "Äthiopien"),
            new CountryInfo("FI", "Finland", "Finnland"),
            new CountryInfo("FJ", "Fiji", "Fidschi"),
            new CountryInfo("FK", "Falkland Islands (Malvinas)", "Falklandinseln (Malwinen)"),
            new CountryInfo("FM", "Micronesia, Federated States of", "Mikronesien, Föderierte Staaten von"),
            new CountryInfo("FO", "Faroe Islands", "Färöer-Inseln"),
            new CountryInfo("FR", "France", "Frankreich"),
            new CountryInfo("GA", "Gabon", "Gabun"),
            new CountryInfo("GB", "United Kingdom", "Vereinigtes Königreich"),
            new CountryInfo("GD", "Grenada", "Grenada"),
            new CountryInfo("GE", "Georgia", "Georgien"),
            new CountryInfo("GF", "French Guiana", "Französisch-Guyana"),
            new CountryInfo("GG", "Guernsey", "Guernsey"),
            new CountryInfo("GH", "Ghana", "Ghana"),
            new CountryInfo("GI", "Gibraltar", "Gibraltar"),
            new CountryInfo("GL", "Greenland", "Grönland"),
            new CountryInfo("GM", "Gambia", "Gambia"),
            new CountryInfo("GN", "Guinea", "Guinea"),
            new CountryInfo("GP", "Guadeloupe", "Guadeloupe"),
            new CountryInfo("GQ", "Equatorial Guinea", "Äquatorialguinea"),
            new CountryInfo("GR", "Greece", "Griechenland"),
            new CountryInfo("GS", "South Georgia and the South Sandwich Islands", "South Georgia und die Südlichen Sandwichinseln"),
            new CountryInfo("GT", "Guatemala", "Guatemala"),
            new CountryInfo("GU", "Guam", "Guam"),
            new CountryInfo("GW", "Guinea-Bissau", "Guinea-Bissau"),
            new CountryInfo("GY", "Guyana", "Guyana"),
            new CountryInfo("HK", "Hong Kong", "Hongkong"),
            new CountryInfo("HM", "Heard Island and McDonald Islands", "Heard und McDonaldinseln"),
            new CountryInfo("HN", "Honduras", "Honduras"),
            new CountryInfo("HR", "Croatia", "Kroatien"),
            new CountryInfo("HT", "Haiti", "Haiti"),
            new CountryInfo("HU", "Hungary", "Ungarn"),
            new CountryInfo("ID", "Indonesia", "Indonesien"),
            new CountryInfo("IE", "Ireland", "Irland"),
            new CountryInfo("IL", "Israel", "Israel"),
            new CountryInfo("IM", "Isle of Man", "Insel Man"),
            new CountryInfo("IN", "India", "Indien"),
            new CountryInfo("IO", "British Indian Ocean Territory", "Britisches Territorium im Indischen Ozean"),
            new CountryInfo("IQ", "Iraq", "Irak"),
            new CountryInfo("IR", "Iran", "Iran"),
            new CountryInfo("IS", "Iceland", "Island"),
            new CountryInfo("IT", "Italy", "Italien"),
            new CountryInfo("JE", "Jersey", "Jersey"),
            new CountryInfo("JM", "Jamaica", "Jamaika"),
            new CountryInfo("JO", "Jordan", "Jordanien"),
            new CountryInfo("JP", "Japan", "Japan"),
            new CountryInfo("KE", "Kenya", "Kenia"),
            new CountryInfo("KG", "Kyrgyzstan", "Kirgisistan"),
            new CountryInfo("KH", "Cambodia", "Kambodscha"),
            new CountryInfo("KI", "Kiribati", "Kiribati"),
            new CountryInfo("KM", "Comoros", "Komoren"),
            new CountryInfo("KN", "Saint Kitts and Nevis", "St. Kitts und Nevis"),
            new CountryInfo("KP", "North Korea", "Nordkorea"),
            new CountryInfo("KR", "South Korea", "Südkorea"),
            new CountryInfo("KW", "Kuwait", "Kuwait"),
            new CountryInfo("KY", "Cayman Islands", "Cayman-Inseln"),
            new CountryInfo("KZ", "Kazakhstan", "Kasachstan"),
            new CountryInfo("LA", "Laos", "Laos"),
            new CountryInfo("LB", "Lebanon", "Libanon"),
            new CountryInfo("LC", "Saint Lucia", "St. Lucia"),
            new CountryInfo("LI", "Liechtenstein", "Liechtenstein"),
            new CountryInfo("LK", "Sri Lanka", "Sri Lanka"),
            new CountryInfo("LR", "Liberia", "Liberia"),
            new CountryInfo("LS", "Lesotho", "Lesotho"),
            new CountryInfo("LT", "Lithuania", "Litauen"),
            new CountryInfo("LU", "Luxembourg", "Luxemburg"),
            new CountryInfo("LV", "Latvia", "Lettland"),
            new CountryInfo("LY", "Libya", "Libyen"),
            new CountryInfo("MA", "Morocco", "Marokko"),
            new CountryInfo("MC", "Monaco", "Monaco"),
            new CountryInfo("MD", "Moldova", "Moldau"),
            new CountryInfo("ME", "Montenegro", "Montenegro"),
            new CountryInfo("MF", "Saint Martin (French part)", "Saint Martin (Französischer Teil)"),
            new CountryInfo("MG", "Madagascar", "Madagaskar"),
            new CountryInfo("MH", "Marshall Islands", "Marshallinseln"),
            new CountryInfo("MK", "North Macedonia", "Nordmazedonien"),
            new CountryInfo("ML", "Mali", "Mali"),
            new CountryInfo("MM", "Myanmar", "Myanmar"),
            new CountryInfo("MN", "Mongolia", "Mongolei"),
            new CountryInfo("MO", "Macao", "Macao"),
            new CountryInfo("MP", "Northern Mariana Islands", "Nördliche Marianen"),
            new CountryInfo("MQ", "Martinique", "Martinique"),
            new CountryInfo("MR", "Mauritania", "Mauretanien"),
            new CountryInfo("MS", "Montserrat", "Montserrat"),
            new CountryInfo("MT", "Malta", "Malta"),
            new CountryInfo("MU", "Mauritius", "Mauritius"),
            new CountryInfo("MV", "Maldives", "Malediven"),
            new CountryInfo("MW", "Malawi", "Malawi"),
            new CountryInfo("MX", "Mexico", "Mexiko"),
            new CountryInfo("MY", "Malaysia", "Malaysia"),
            new CountryInfo("MZ", "Mozambique", "Mosambik"),
            new CountryInfo("NA", "Namibia", "Namibia"),
            new CountryInfo("NC", "New Caledonia", "Neukaledonien"),
            new CountryInfo("NE", "Niger", "Niger"),
            new CountryInfo("NF", "Norfolk Island", "Norfolkinsel"),
            new CountryInfo("NG", "Nigeria", "Nigeria"),
            new CountryInfo("NI", "Nicaragua", "Nicaragua"),
            new CountryInfo("NL", "Netherlands", "Niederlande"),
            new CountryInfo("NO", "Norway", "Norwegen"),
            new CountryInfo("NP", "Nepal", "Nepal"),
            new CountryInfo("NR", "Nauru", "Nauru"),
            new CountryInfo("NU", "Niue", "Niue"),
            new CountryInfo("NZ", "New Zealand", "Neuseeland"),
            new CountryInfo("OM", "Oman", "Oman"),
            new CountryInfo("PA", "Panama", "Panama"),
            new CountryInfo("PE", "Peru", "Peru"),
            new CountryInfo("PF", "French Polynesia", "Französisch-Polynesien"),
            new CountryInfo("PG", "Papua New Guinea", "Papua-Neuguinea"),
            new CountryInfo("PH", "Philippines", "Philippinen"),
            new CountryInfo("PK", "Pakistan", "Pakistan"),
            new CountryInfo("PL", "Poland", "Polen"),
            new CountryInfo("PM", "Saint Pierre and Miquelon", "St. Pierre und Miquelon"),
            new CountryInfo("PN", "Pitcairn", "Pitcairn"),
            new CountryInfo("PR", "Puerto Rico", "Puerto Rico"),
            new CountryInfo("PS", "Palestine, State of", "Palästina, Staat"),
            new CountryInfo("PT", "Portugal", "Portugal"),
            new CountryInfo("PW", "Palau", "Palau"),
            new CountryInfo("PY", "Paraguay", "Paraguay"),
            new CountryInfo("QA", "Qatar", "Katar"),
            new CountryInfo("RE", "Réunion", "Réunion"),
            new CountryInfo("RO", "Romania", "Rumänien"),
            new CountryInfo("RS", "Serbia", "Serbien"),
            new CountryInfo("RU", "Russian Federation", "Russische Föderation"),
            new CountryInfo("RW", "Rwanda", "Ruanda"),
            new CountryInfo("SA", "Saudi Arabia", "Saudi-Arabien"),
            new CountryInfo("SB", "Solomon Islands", "Salomoninseln"),
            new CountryInfo("SC", "Seychelles", "Seychellen"),
            new CountryInfo("SD", "Sudan", "Sudan"),
            new CountryInfo("SE", "Sweden", "Schweden"),
            new CountryInfo("SG", "Singapore", "Singapur"),
            new CountryInfo("SH", "Saint Helena, Ascension and Tristan da Cunha", "St. Helena, Ascension und Tristan da Cunha"),
            new CountryInfo("SI", "Slovenia", "Slowenien"),
            new CountryInfo("SJ", "Svalbard and Jan Mayen", "Svalbard und Jan Mayen"),
            new CountryInfo("SK", "Slovakia", "Slowakei"),
            new CountryInfo("SL", "Sierra Leone", "Sierra Leone"),
            new CountryInfo("SM", "San Marino", "San Marino"),
            new CountryInfo("SN", "Senegal", "Senegal"),
            new CountryInfo("SO", "Somalia", "Somalia"),
            new CountryInfo("SR", "Suriname", "Suriname"),
            new CountryInfo("SS", "South Sudan", "Südsudan"),
            new CountryInfo("ST", "Sao Tome and Principe", "São Tomé und Príncipe"),
            new CountryInfo("SV", "El Salvador", "El Salvador"),
            new CountryInfo("SX", "Sint Maarten (Dutch part)", "Saint-Martin (Niederländischer Teil)"),
            new CountryInfo("SY", "Syria", "Syrien"),
            new CountryInfo("SZ", "Eswatini", "Eswatini"),
            new CountryInfo("TC", "Turks and Caicos Islands", "Turks- und Caicosinseln"),
            new CountryInfo("TD", "Chad", "Tschad"),
            new CountryInfo("TF", "French Southern Territories", "Französische Süd- und Antarktisgebiete"),
            new CountryInfo("TG", "Togo", "Togo"),
            new CountryInfo("TH", "Thailand", "Thailand"),
            new CountryInfo("TJ", "Tajikistan", "Tadschikistan"),
            new CountryInfo("TK", "Tokelau", "Tokelau"),
            new CountryInfo("TL", "Timor-Leste", "Timor-Leste"),
            new CountryInfo("TM", "Turkmenistan", "Turkmenistan"),
            new CountryInfo("TN", "Tunisia", "Tunesien"),
            new CountryInfo("TO", "Tonga", "Tonga"),
            new CountryInfo("TR", "Türkiye", "Türkei"),
            new CountryInfo("TT", "Trinidad and Tobago", "Trinidad und Tobago"),
            new CountryInfo("TV", "Tuvalu", "Tuvalu"),
            new CountryInfo("TW", "Taiwan", "Taiwan"),
            new CountryInfo("TZ", "Tanzania", "Tansania"),
            new CountryInfo("UA", "Ukraine", "Ukraine"),
            new CountryInfo("UG", "Uganda", "Uganda"),
            new CountryInfo("UM", "United States Minor Outlying Islands", "Kleinere Inselbesitzungen der Vereinigten Staaten"),
            new CountryInfo("US", "United States", "Vereinigte Staaten"),
            new CountryInfo("UY", "Uruguay", "Uruguay"),
            new CountryInfo("UZ", "Uzbekistan", "Usbekistan"),
            new CountryInfo("VA", "Holy See (Vatican City State)", "Heiliger Stuhl (Staat Vatikanstadt)"),
            new CountryInfo("VC", "Saint Vincent and the Grenadines", "St. Vincent und die Grenadinen"),
            new CountryInfo("VE", "Venezuela", "Venezuela"),
            new CountryInfo("VG", "Virgin Islands, British", "Britische Jungferninseln"),
            new CountryInfo("VI", "Virgin Islands, U.S.", "Amerikanische Jungferninseln"),
            new CountryInfo("VN", "Vietnam", "Vietnam"),
            new CountryInfo("VU", "Vanuatu", "Vanuatu"),
            new CountryInfo("WF", "Wallis and Futuna", "Wallis und Futuna"),
            new CountryInfo("WS", "Samoa", "Samoa"),
            new CountryInfo("YE", "Yemen", "Jemen"),
            new CountryInfo("YT", "Mayotte", "Mayotte"),
            new CountryInfo("ZA", "South Africa", "Südafrika"),
            new CountryInfo("ZM", "Zambia", "Sambia"),
            new CountryInfo("ZW", "Zimbabwe", "Simbabwe"),
        };

        // EU 27 plus Iceland, Liechtenstein and Norway (EEA Agreement).
        private static readonly string[] EeaTable =
        {
            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
            "IS", "LI", "NO",
        };

        // GDPR Art. 45 (and decisions under Art. 25(6) of Directive 95/46/EC kept in force by Art. 45(9)).
        // The European Patent Organisation (an international organisation, not a country) is left out.
        private static readonly AdequacyDecision[] AdequacyTable =
        {
            new AdequacyDecision("AD", "2010-10-19", "Commission Decision 2010/625/EU"),
            new AdequacyDecision("AR", "2003-06-30", "Commission Decision 2003/490/EC"),
            new AdequacyDecision("BR", "2026-01-26", "Commission Implementing Decision of 26 January 2026 on the adequate protection of personal data by Brazil"),
            new AdequacyDecision("CA", "2001-12-20", "Commission Decision 2002/2/EC",
                "Only recipients subject to the Personal Information Protection and Electronic Documents Act (PIPEDA): commercial organisations"),
            new AdequacyDecision("CH", "2000-07-26", "Commission Decision 2000/518/EC"),
            new AdequacyDecision("FO", "2010-03-05", "Commission Decision 2010/146/EU"),
            new AdequacyDecision("GB", "2021-06-28", "Commission Implementing Decision (EU) 2021/1772, C(2021) 4800; renewed on 2025-12-19 until 2031-12-27"),
            new AdequacyDecision("GG", "2003-11-21", "Commission Decision 2003/821/EC"),
            new AdequacyDecision("IL", "2011-01-31", "Commission Decision 2011/61/EU"),
            new AdequacyDecision("IM", "2004-04-28", "Commission Decision 2004/411/EC"),
            new AdequacyDecision("JE", "2008-05-08", "Commission Decision 2008/393/EC"),
            new AdequacyDecision("JP", "2019-01-23", "Commission Implementing Decision (EU) 2019/419"),
            new AdequacyDecision("KR", "2021-12-17", "Commission Implementing Decision (EU) 2022/254"),
            new AdequacyDecision("NZ", "2012-12-19", "Commission Implementing Decision 2013/65/EU"),
            new AdequacyDecision("US", "2023-07-10", "Commission Implementing Decision (EU) 2023/1795, C(2023) 4745 (EU-US Data Privacy Framework)",
                "Only organisations certified under the EU-US Data Privacy Framework"),
            new AdequacyDecision("UY", "2012-08-21", "Commission Implementing Decision 2012/484/EU"),
        };

        private static readonly Dictionary<string, CountryInfo> CountriesByCode = Index(CountryTable, c => c.Code);

        private static readonly HashSet<string> EeaCodes = new HashSet<string>(EeaTable, StringComparer.Ordinal);

        private static readonly Dictionary<string, AdequacyDecision> AdequacyByCode = Index(AdequacyTable, d => d.CountryCode);

        /// <summary>Every officially assigned ISO 3166-1 alpha-2 code, ordered by code.</summary>
        public static IReadOnlyList<CountryInfo> All { get; } = new ReadOnlyCollection<CountryInfo>(CountryTable);

        /// <summary>The codes of the 30 members of the European Economic Area (EU 27, Iceland, Liechtenstein, Norway).</summary>
        public static IReadOnlyList<string> Eea { get; } = new ReadOnlyCollection<string>(EeaTable);

        /// <summary>The adequacy decisions in force as of <see cref="AdequacyListAsOf"/>, ordered by country code.</summary>
        public static IReadOnlyList<AdequacyDecision> AdequacyDecisions { get; } = new ReadOnlyCollection<AdequacyDecision>(AdequacyTable);

        /// <summary>Whether <paramref name="code"/> is an officially assigned ISO 3166-1 alpha-2 code (upper case, ordinal).</summary>
        /// <param name="code">The code to check; <see langword="null"/> and lower-case codes return <see langword="false"/>.</param>
        /// <returns><see langword="true"/> when the code is assigned.</returns>
        public static bool IsAssigned(string? code) => code != null && CountriesByCode.ContainsKey(code);

        /// <summary>Whether <paramref name="code"/> is a member of the European Economic Area (upper case, ordinal).</summary>
        /// <param name="code">The code to check; <see langword="null"/> and lower-case codes return <see langword="false"/>.</param>
        /// <returns><see langword="true"/> for the EU 27, Iceland, Liechtenstein and Norway.</returns>
        public static bool IsInEea(string? code) => code != null && EeaCodes.Contains(code);

        /// <summary>Looks up the adequacy decision for a country or territory (upper case, ordinal).</summary>
        /// <param name="code">The code to look up.</param>
        /// <param name="decision">The decision, or <see langword="null"/> when there is none.</param>
        /// <returns><see langword="true"/> when the Commission decided the country or territory is adequate.</returns>
        public static bool TryGetAdequacyDecision(string? code, [NotNullWhen(true)] out AdequacyDecision? decision)
        {
            decision = null;
            return code != null && AdequacyByCode.TryGetValue(code, out decision);
        }

        /// <summary>Looks up a country or territory (upper case, ordinal).</summary>
        /// <param name="code">The code to look up.</param>
        /// <param name="country">The entry, or <see langword="null"/> when the code is not assigned.</param>
        /// <returns><see langword="true"/> when the code is assigned.</returns>
        public static bool TryGet(string? code, [NotNullWhen(true)] out CountryInfo? country)
        {
            country = null;
            return code != null && CountriesByCode.TryGetValue(code, out country);
        }

        /// <summary>The English short name of a country or territory.</summary>
        /// <param name="code">The code to look up.</param>
        /// <returns>The name, or <see langword="null"/> when the code is not assigned.</returns>
        public static string? NameEn(string? code) => TryGet(code, out var country) ? country.NameEn : null;

        /// <summary>The German short name of a country or territory.</summary>
        /// <param name="code">The code to look up.</param>
        /// <returns>The name, or <see langword="null"/> when the code is not assigned.</returns>
        public static string? NameDe(string? code) => TryGet(code, out var country) ? country.NameDe : null;

        private static Dictionary<string, T> Index<T>(T[] items, Func<T, string> key)
        {
            var index = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
            foreach (var item in items)
            {
                index.Add(key(item), item);
            }

            return index;
        }
    }
}
