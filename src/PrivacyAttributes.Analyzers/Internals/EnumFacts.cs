using System;
using System.Collections.Generic;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Analyzers.Internals
{
    /// <summary>
    /// The values an enum defines, whether it is <c>[Flags]</c>, and a named value to suggest: what
    /// PRIV100 checks every enum argument against. Worked out once per enum type and compilation
    /// (<see cref="Flow.PrivacyCompilationModel.EnumFactsOf"/>), not once per argument.
    /// </summary>
    internal sealed class EnumFacts
    {
        private readonly HashSet<long> defined;

        private EnumFacts(HashSet<long> defined, long all, bool isFlags, string example)
        {
            this.defined = defined;
            All = all;
            IsFlags = isFlags;
            Example = example;
        }

        /// <summary>Every defined value or-ed together.</summary>
        public long All { get; }

        public bool IsFlags { get; }

        /// <summary>The second named value (the first is usually None or Unknown), else the first, else "...".</summary>
        public string Example { get; }

        public bool IsDefined(long value) => defined.Contains(value);

        public static EnumFacts Create(INamedTypeSymbol enumType)
        {
            var defined = new HashSet<long>();
            long all = 0;
            string? first = null;
            string? second = null;
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && field.ConstantValue is { } raw)
                {
                    var memberValue = Convert.ToInt64(raw, CultureInfo.InvariantCulture);
                    all |= memberValue;
                    defined.Add(memberValue);
                    if (first is null)
                    {
                        first = field.Name;
                    }
                    else
                    {
                        second ??= field.Name;
                    }
                }
            }

            var isFlags = false;
            foreach (var attribute in enumType.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "FlagsAttribute" })
                {
                    isFlags = true;
                    break;
                }
            }

            return new EnumFacts(defined, all, isFlags, second ?? first ?? "...");
        }
    }
}
