using System;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>
    /// Guesses from a member's name and type whether it holds personal data, and of which category (PRIV008).
    /// Identifiers are split into words (camelCase, PascalCase, snake_case, acronyms, digits dropped) and a
    /// known phrase must END the name: <c>CustomerEmail</c> and <c>NormalizedEmail</c> match, <c>EmailTemplate</c>,
    /// <c>AddressFamily</c>, <c>UserNameLabel</c> and <c>IpAddressValidator</c> do not. Precision matters more
    /// than recall: a noisy rule gets switched off. Measured in <c>tests/.../Precision</c>.
    /// </summary>
    internal static class PersonalDataNames
    {
        private static readonly (string[] Words, Category Category)[] Phrases = Build(
            (Category.Email, "email|e mail|email address|mail address|e mail address|emailaddress"),
            (Category.PhoneNumber, "phone|phone number|telephone|telephone number|mobile|mobile number|mobile phone|cell phone|cellphone|fax|fax number|phonenumber"),
            (Category.Name, "first name|last name|full name|surname|given name|family name|middle name|maiden name|firstname|lastname|fullname|forename|nickname|nick name|customer name|buyer name|contact name|person name|card holder name|cardholder name|holder name|recipient name|patient name|employee name|applicant name"),
            (Category.UserId, "user name|username|login name"),
            (Category.PostalAddress, "street|street address|address line|zip|zip code|zipcode|postcode|postal code|post code|shipping address|billing address|home address|postal address|delivery address|mailing address"),
            (Category.DateOfBirth, "birth date|birthdate|date of birth|dob|birthday|birth day"),
            (Category.GovernmentId, "ssn|social security number|passport|passport number|national id|national insurance number|driver license|drivers license|driving licence|driver license number|id card number|tax identification number"),
            (Category.BankAccount, "iban|bank account|bank account number"),
            (Category.PaymentCard, "card number|credit card|credit card number|cvv|cvc|card security number|card security code|card expiration|card expiry|cardnumber"),
            (Category.IpAddress, "ip|ip address|ipaddress|ip addr"),
            (Category.PreciseLocation, "latitude|longitude|geo location|geolocation"),
            (Category.Demographics, "gender|sex|nationality"),
            (Category.DeviceIdentifier, "mac address|device id|device identifier|advertising id|idfa|imei|device token"),
            (Category.DeviceInformation, "user agent|useragent"),
            (Category.AccountCredentials, "password|password hash|passwordhash"),
            (Category.Photo, "photo|avatar|profile picture|profile photo|profile image|profile pic|avatar url|photo url"),
            (Category.FinancialInformation, "salary|income|credit score"),
            (Category.JobTitle, "job title"),
            (Category.ReligiousOrPhilosophicalBelief, "religion"),
            (Category.RacialOrEthnicOrigin, "ethnicity|ethnic origin"),
            (Category.Health, "diagnosis|blood type|medical condition|allergies"));

        /// <summary>Words before a bare "address" that make it a technical address, not a postal one.</summary>
        private static readonly HashSet<string> TechnicalAddress = new(StringComparer.Ordinal)
        {
            "base", "server", "host", "endpoint", "web", "url", "uri", "remote", "listen", "listening", "bind", "binding", "memory", "return",
            "wallet", "contract", "network", "broadcast", "gateway", "proxy", "local", "service", "hub", "from", "to", "reply", "sender", "ip", "mac",
            "email", "mail", "bitcoin", "ethereum", "public", "private", "start", "end", "load", "entry", "physical", "virtual", "pointer", "node", "peer",
            "socket", "smtp", "dns", "multicast", "unicast", "loopback", "ipv4", "ipv6", "v4", "v6", "target", "source", "destination", "bcc", "cc",
            "callback", "redirect", "api", "site", "website", "internet", "ethernet", "hardware", "bluetooth", "module", "symbol", "stack", "heap", "offset",
        };

        /// <summary>Words that start names of limits, patterns and settings rather than values.</summary>
        private static readonly HashSet<string> NotAValuePrefix = new(StringComparer.Ordinal)
        {
            "max", "min", "maximum", "minimum", "regex", "pattern", "placeholder", "template", "format", "default", "sample", "example", "test", "dummy", "fake",
        };

        /// <summary>Last words of type names that mark a service, not a value (<c>IEmailSender</c>, <c>PhoneValidator</c>).</summary>
        private static readonly HashSet<string> ServiceTypeSuffix = new(StringComparer.Ordinal)
        {
            "service", "sender", "validator", "provider", "factory", "options", "settings", "handler", "formatter", "builder", "repository", "manager",
            "client", "generator", "parser", "helper", "attribute", "regex", "template", "configuration", "config", "policy", "strategy", "resolver",
            "store", "queue", "processor", "verifier", "checker", "converter", "serializer", "logger", "controller", "view", "control", "box", "label",
            "editor", "field", "column", "input", "button", "exception", "type", "kind", "mode", "status", "state", "format",
        };

        /// <summary>Last words of containing types that hold settings, where addresses are the system's own.</summary>
        private static readonly HashSet<string> SettingsTypeSuffix = new(StringComparer.Ordinal)
        {
            "options", "settings", "configuration", "config", "constants", "defaults", "resources", "strings", "messages", "labels", "regex", "patterns",
            "validator", "attribute", "exception", "test", "tests",
        };

        /// <summary>Words before "ip" that make it the server's own address.</summary>
        private static readonly HashSet<string> TechnicalIp = new(StringComparer.Ordinal)
        {
            "server", "host", "listen", "bind", "local", "gateway", "dns", "proxy", "loopback", "broadcast", "multicast", "subnet", "mask", "network", "any", "known",
        };

        /// <summary>The last word of every phrase, and "address": a name can only match when it ends with one of these.</summary>
        private static readonly HashSet<string> FinalWords = BuildFinalWords();

        /// <summary>The category a member named <paramref name="name"/> of <paramref name="type"/> in <paramref name="containingType"/> likely holds, or null.</summary>
        /// <remarks>
        /// Runs for every field, property and record parameter, so the checks that rule out nearly every
        /// name (its last word) come before the ones that cost more (the type's namespace, the containing
        /// type's name). Every check can only turn a guess down, so their order does not change the answer.
        /// </remarks>
        public static Category? Guess(string name, ITypeSymbol type, INamedTypeSymbol? containingType) => Guess(name, type, containingType, Split);

        /// <summary>
        /// <see cref="Guess(string, ITypeSymbol, INamedTypeSymbol?)"/> with the identifiers split by
        /// <paramref name="split"/>, which may return a cached list (it is not changed here).
        /// </summary>
        public static Category? Guess(string name, ITypeSymbol type, INamedTypeSymbol? containingType, Func<string, List<string>> split)
        {
            type = ElementType(type);
            var words = split(name);
            if (words.Count == 0 || NotAValuePrefix.Contains(words[0]))
            {
                return null;
            }

            var category = ByType(type, words);
            if (category is null)
            {
                if (!CanMatch(words) || !IsValueType(type))
                {
                    return null;
                }

                category = Match(words) ?? Match(Singular(words));
                if (category is null || (type.TypeKind == TypeKind.Enum && category != Category.Demographics))
                {
                    return null;
                }
            }

            if (containingType is not null && SettingsTypeSuffix.Contains(Last(split(containingType.Name))))
            {
                return null;
            }

            return category;
        }

        /// <summary>Splits an identifier into lower-case words: <c>IPAddress</c> → ip, address; <c>first_name2</c> → first, name.</summary>
        public static List<string> Split(string identifier)
        {
            var words = new List<string>(4);
            var start = 0;
            var length = 0;
            void Flush()
            {
                if (length > 0)
                {
                    if (!char.IsDigit(identifier[start]))
                    {
                        words.Add(identifier.Substring(start, length).ToLowerInvariant());
                    }

                    length = 0;
                }
            }

            for (var i = 0; i < identifier.Length; i++)
            {
                var c = identifier[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush();
                    continue;
                }

                if (length > 0)
                {
                    var previous = identifier[i - 1];
                    var boundary =
                        (char.IsUpper(c) && char.IsLower(previous))
                        || (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1]))
                        || (char.IsDigit(c) != char.IsDigit(previous));
                    if (boundary)
                    {
                        Flush();
                    }
                }

                if (length == 0)
                {
                    start = i;
                }

                length++;
            }

            Flush();

            // m_email, s_phone: drop the Hungarian prefix.
            if (words.Count > 1 && words[0].Length == 1 && identifier.Length > 1 && identifier[1] == '_')
            {
                words.RemoveAt(0);
            }

            return words;
        }

        /// <summary>Whether <see cref="Match"/> can find anything in the words or their singular: the last word must end a phrase.</summary>
        private static bool CanMatch(List<string> words)
        {
            var last = words[words.Count - 1];
            return FinalWords.Contains(last) || (last.EndsWith("s", StringComparison.Ordinal) && FinalWords.Contains(SingularOf(last)));
        }

        private static Category? Match(List<string> words)
        {
            Category? best = null;
            var bestLength = 0;
            foreach (var (phrase, category) in Phrases)
            {
                if (phrase.Length > bestLength && EndsWith(words, phrase))
                {
                    best = category;
                    bestLength = phrase.Length;
                }
            }

            if (best is null && words.Count > 0 && words[words.Count - 1] == "address")
            {
                // A bare "address": postal unless a word before it makes it technical (BaseAddress, ServerAddress).
                if (words.Count == 1 || !TechnicalAddress.Contains(words[words.Count - 2]))
                {
                    best = Category.PostalAddress;
                }
            }

            if (best == Category.IpAddress)
            {
                for (var i = 0; i < words.Count - 1; i++)
                {
                    if (TechnicalIp.Contains(words[i]))
                    {
                        return null;
                    }
                }
            }

            return best;
        }

        private static bool EndsWith(List<string> words, string[] phrase)
        {
            if (phrase.Length > words.Count)
            {
                return false;
            }

            var offset = words.Count - phrase.Length;
            for (var i = 0; i < phrase.Length; i++)
            {
                if (!string.Equals(words[offset + i], phrase[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static List<string> Singular(List<string> words)
        {
            var last = words.Count > 0 ? words[words.Count - 1] : string.Empty;
            var singular = SingularOf(last);
            if (ReferenceEquals(singular, last))
            {
                return words;
            }

            var copy = new List<string>(words);
            copy[copy.Count - 1] = singular;
            return copy;
        }

        /// <summary><c>addresses</c> → <c>address</c>, <c>emails</c> → <c>email</c>; the word itself when it is not a plural.</summary>
        private static string SingularOf(string word)
        {
            if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - 2);
            }

            if (word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - 1);
            }

            return word;
        }

        private static Category? ByType(ITypeSymbol type, List<string> words)
        {
            // Compared part by part rather than through the fully qualified display string, which
            // would be built for the type of every member.
            if (type is not INamedTypeSymbol { Name: "IPAddress" or "MailAddress", Arity: 0, ContainingType: null } named)
            {
                return null;
            }

            var full = named.Name == "IPAddress"
                ? (IsNamespace(named.ContainingNamespace, "Net", "System") ? "global::System.Net.IPAddress" : null)
                : (IsNamespace(named.ContainingNamespace, "Mail", "Net", "System") ? "global::System.Net.Mail.MailAddress" : null);
            if (full == "global::System.Net.IPAddress")
            {
                foreach (var word in words)
                {
                    if (TechnicalIp.Contains(word))
                    {
                        return null;
                    }
                }

                return Category.IpAddress;
            }

            if (full == "global::System.Net.Mail.MailAddress")
            {
                return words.Contains("support") || words.Contains("noreply") || words.Contains("system") || words.Contains("admin") ? null : Category.Email;
            }

            return null;
        }

        /// <summary>Whether <paramref name="type"/> can hold a value of personal data (not a flag, a delegate or a service).</summary>
        private static bool IsValueType(ITypeSymbol type)
        {
            switch (type.SpecialType)
            {
                case SpecialType.System_Boolean:
                case SpecialType.System_Object:
                case SpecialType.System_Void:
                    return false;
                case SpecialType.System_String:
                case SpecialType.System_Char:
                case SpecialType.System_Int16:
                case SpecialType.System_Int32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt16:
                case SpecialType.System_UInt32:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                case SpecialType.System_DateTime:
                    return true;
            }

            if (type.TypeKind is TypeKind.Delegate or TypeKind.TypeParameter or TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Dynamic)
            {
                return false;
            }

            var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            if (ns == "System")
            {
                return type.Name is "DateTimeOffset" or "DateOnly" or "Guid" or "Uri" or "Byte";
            }

            if (ns.StartsWith("System", StringComparison.Ordinal) || ns.StartsWith("Microsoft", StringComparison.Ordinal))
            {
                return false;
            }

            return !ServiceTypeSuffix.Contains(Last(Split(type.Name)));
        }

        private static ITypeSymbol ElementType(ITypeSymbol type)
        {
            for (var depth = 0; depth < 3; depth++)
            {
                if (type is IArrayTypeSymbol array)
                {
                    type = array.ElementType;
                }
                else if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
                    && (generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T
                        || generic.Name is "IEnumerable" or "ICollection" or "IList" or "List" or "IReadOnlyList" or "IReadOnlyCollection" or "HashSet" or "ISet" or "ImmutableArray"))
                {
                    type = generic.TypeArguments[0];
                }
                else
                {
                    break;
                }
            }

            return type;
        }

        private static string Last(List<string> words) => words.Count == 0 ? string.Empty : words[words.Count - 1];

        /// <summary>Whether <paramref name="ns"/> is the namespace named by <paramref name="innermostFirst"/> (innermost first), directly under the global namespace.</summary>
        private static bool IsNamespace(INamespaceSymbol? ns, params string[] innermostFirst)
        {
            foreach (var name in innermostFirst)
            {
                if (ns is null || ns.IsGlobalNamespace || !string.Equals(ns.Name, name, StringComparison.Ordinal))
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns is { IsGlobalNamespace: true };
        }

        private static HashSet<string> BuildFinalWords()
        {
            var words = new HashSet<string>(StringComparer.Ordinal) { "address" };
            foreach (var (phrase, _) in Phrases)
            {
                words.Add(phrase[phrase.Length - 1]);
            }

            return words;
        }

        private static (string[] Words, Category Category)[] Build(params (Category Category, string Phrases)[] table)
        {
            var result = new List<(string[], Category)>();
            foreach (var (category, phrases) in table)
            {
                foreach (var phrase in phrases.Split('|'))
                {
                    result.Add((phrase.Split(' '), category));
                }
            }

            return result.ToArray();
        }
    }
}
