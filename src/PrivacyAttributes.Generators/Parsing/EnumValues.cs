using System;
using System.Collections.Generic;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Which enum values broken code may carry and the inventory never writes: an undefined value
    /// leaves its item or declaration out (PRIV100 reports it).
    /// </summary>
    internal static class EnumValues
    {
        private const int AllSubjects = (int)(DataSubject.Visitor | DataSubject.Customer | DataSubject.Prospect | DataSubject.Patient
            | DataSubject.Employee | DataSubject.JobApplicant | DataSubject.BusinessContact | DataSubject.Child | DataSubject.ThirdParty);

        /// <summary>Whether <paramref name="value"/> is one of the enum's members (a set lookup: <c>Enum.IsDefined</c> boxes and reflects on every call).</summary>
        public static bool IsDefined<TEnum>(TEnum value)
            where TEnum : struct, Enum => Members<TEnum>.Defined.Contains(value);

        public static bool AreDefined<TEnum>(EquatableArray<TEnum> values)
            where TEnum : struct, Enum
        {
            foreach (var value in values)
            {
                if (!IsDefined(value))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether every enum value of the annotation is defined, so its data item is written.</summary>
        public static bool IsValid(PersonalDataAnnotation annotation) =>
            IsDefined(annotation.Category) && AreDefined(annotation.Purposes) && IsDefined(annotation.Subjects) && IsDefined(annotation.Source);

        public static bool IsDefined(DataSubject subjects) => ((int)subjects & ~AllSubjects) == 0;

        /// <summary>Defined values only, without duplicates, sorted by value (declaration order of the spec).</summary>
        public static EquatableArray<TEnum> SortedDefined<TEnum>(IEnumerable<TEnum> values)
            where TEnum : struct, Enum
        {
            var result = new List<TEnum>();
            foreach (var value in values)
            {
                if (IsDefined(value) && !result.Contains(value))
                {
                    result.Add(value);
                }
            }

            // An enum's default comparer orders by the underlying value.
            result.Sort(Comparer<TEnum>.Default);
            return EquatableArray<TEnum>.TakeOwnership(result.ToArray());
        }

        private static class Members<TEnum>
            where TEnum : struct, Enum
        {
            public static readonly HashSet<TEnum> Defined = new((TEnum[])Enum.GetValues(typeof(TEnum)));
        }

        /// <summary>The member name of a defined value; callers check <see cref="IsDefined{TEnum}(TEnum)"/> first.</summary>
        public static string Name<TEnum>(TEnum value)
            where TEnum : struct, Enum => value.ToString();

        /// <summary>Parses a member name written by <see cref="Name{TEnum}(TEnum)"/>, case-sensitively; numbers are refused.</summary>
        public static bool TryParse<TEnum>(string? name, out TEnum value)
            where TEnum : struct, Enum
        {
            value = default;
            if (string.IsNullOrEmpty(name) || !(char.IsLetter(name![0]) || name[0] == '_') || name.IndexOf(',') >= 0)
            {
                return false;
            }

            return Enum.TryParse(name, ignoreCase: false, out value) && IsDefined(value);
        }
    }
}
