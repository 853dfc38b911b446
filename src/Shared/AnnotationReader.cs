using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Roslyn
{
    /// <summary>
    /// Reads the package's attributes from <see cref="AttributeData"/> into plain records. Tolerant by
    /// design: code being typed has missing or wrongly typed arguments, and reading must never throw;
    /// an argument that cannot be read is treated as absent and left to PRIV100 to report.
    /// </summary>
    internal static class AnnotationReader
    {
        private const string RootNamespace = "PrivacyAttributes";

        public static PrivacyAttributeKind Classify(AttributeData attribute) => Classify(attribute.AttributeClass);

        /// <summary>Matches by name, not by symbol identity, so assemblies built against another version of the package are read too.</summary>
        public static PrivacyAttributeKind Classify(INamedTypeSymbol? attributeClass)
        {
            if (attributeClass is null || attributeClass.TypeKind == TypeKind.Error)
            {
                return PrivacyAttributeKind.None;
            }

            var containingNamespace = attributeClass.ContainingNamespace;
            if (containingNamespace is null
                || !string.Equals(containingNamespace.Name, RootNamespace, StringComparison.Ordinal)
                || containingNamespace.ContainingNamespace is not { IsGlobalNamespace: true })
            {
                return PrivacyAttributeKind.None;
            }

            return attributeClass.Name switch
            {
                "PersonalDataAttribute" => PrivacyAttributeKind.PersonalData,
                "ProcessingPurposeAttribute" => PrivacyAttributeKind.ProcessingPurpose,
                "PurposeLegalBasisAttribute" => PrivacyAttributeKind.PurposeLegalBasis,
                "DataControllerAttribute" => PrivacyAttributeKind.DataController,
                "RecipientAttribute" => PrivacyAttributeKind.Recipient,
                "RetentionAttribute" => PrivacyAttributeKind.Retention,
                "SharesWithAttribute" => PrivacyAttributeKind.SharesWith,
                "AnonymizesAttribute" => PrivacyAttributeKind.Anonymizes,
                "NotPersonalDataAttribute" => PrivacyAttributeKind.NotPersonalData,
                "DataSinkAttribute" => PrivacyAttributeKind.DataSink,
                _ => PrivacyAttributeKind.None,
            };
        }

        /// <summary>The first attribute of <paramref name="kind"/> on <paramref name="symbol"/>, or null.</summary>
        public static AttributeData? Find(ISymbol symbol, PrivacyAttributeKind kind)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (Classify(attribute) == kind)
                {
                    return attribute;
                }
            }

            return null;
        }

        /// <summary>The first attribute of <paramref name="kind"/> on a method's return value, or null.</summary>
        public static AttributeData? FindOnReturn(IMethodSymbol method, PrivacyAttributeKind kind)
        {
            foreach (var attribute in method.GetReturnTypeAttributes())
            {
                if (Classify(attribute) == kind)
                {
                    return attribute;
                }
            }

            return null;
        }

        public static PersonalDataAnnotation? ReadPersonalData(AttributeData attribute)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length < 1 || !TryReadInt(arguments[0], out var category))
            {
                return null;
            }

            var purposes = arguments.Length > 1 ? ReadEnumArray<Purpose>(arguments[1]) : EquatableArray<Purpose>.Empty;
            var subjects = DataSubject.None;
            var source = DataSource.DataSubject;
            string? retention = null;
            string? description = null;
            var required = false;
            var sharedWith = EquatableArray<string>.Empty;
            foreach (var named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "Subjects" when TryReadInt(named.Value, out var value):
                        subjects = (DataSubject)value;
                        break;
                    case "Source" when TryReadInt(named.Value, out var value):
                        source = (DataSource)value;
                        break;
                    case "Retention":
                        retention = ReadString(named.Value);
                        break;
                    case "Required" when named.Value.Value is bool value:
                        required = value;
                        break;
                    case "Description":
                        description = ReadString(named.Value);
                        break;
                    case "SharedWith":
                        sharedWith = ReadStringArray(named.Value);
                        break;
                }
            }

            return new PersonalDataAnnotation((Category)category, purposes, subjects, source, retention, required, description, sharedWith);
        }

        public static EquatableArray<Purpose> ReadProcessingPurposes(AttributeData attribute)
        {
            var arguments = attribute.ConstructorArguments;
            return arguments.Length > 0 ? ReadEnumArray<Purpose>(arguments[0]) : EquatableArray<Purpose>.Empty;
        }

        public static string? ReadSharesWith(AttributeData attribute)
        {
            var arguments = attribute.ConstructorArguments;
            return arguments.Length > 0 ? ReadString(arguments[0]) : null;
        }

        public static SinkKind? ReadDataSink(AttributeData attribute)
        {
            var arguments = attribute.ConstructorArguments;
            return arguments.Length > 0 && TryReadInt(arguments[0], out var kind) ? (SinkKind)kind : null;
        }

        public static LegalBasisDeclaration? ReadLegalBasis(AttributeData attribute, string declaredIn)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length < 2 || !TryReadInt(arguments[0], out var purpose) || !TryReadInt(arguments[1], out var basis))
            {
                return null;
            }

            var condition = SpecialCategoryCondition.None;
            string? interest = null;
            string? description = null;
            foreach (var named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "Condition" when TryReadInt(named.Value, out var value):
                        condition = (SpecialCategoryCondition)value;
                        break;
                    case "LegitimateInterest":
                        interest = ReadString(named.Value);
                        break;
                    case "Description":
                        description = ReadString(named.Value);
                        break;
                }
            }

            return new LegalBasisDeclaration((Purpose)purpose, (LegalBasis)basis, condition, interest, description, declaredIn);
        }

        public static RecipientDeclaration? ReadRecipient(AttributeData attribute, string declaredIn)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length < 2 || ReadString(arguments[0]) is not { } name || !TryReadInt(arguments[1], out var kind))
            {
                return null;
            }

            string? country = null;
            var transfer = TransferMechanism.None;
            var purposes = EquatableArray<Purpose>.Empty;
            string? description = null;
            foreach (var named in attribute.NamedArguments)
            {
                switch (named.Key)
                {
                    case "Country":
                        country = ReadString(named.Value);
                        break;
                    case "Transfer" when TryReadInt(named.Value, out var value):
                        transfer = (TransferMechanism)value;
                        break;
                    case "Purposes":
                        purposes = ReadEnumArray<Purpose>(named.Value);
                        break;
                    case "Description":
                        description = ReadString(named.Value);
                        break;
                }
            }

            return new RecipientDeclaration(name, (RecipientKind)kind, country, transfer, purposes, description, declaredIn);
        }

        public static RetentionDeclaration? ReadRetention(AttributeData attribute, string declaredIn)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length < 2 || !TryReadInt(arguments[0], out var category) || ReadString(arguments[1]) is not { } period)
            {
                return null;
            }

            string? reason = null;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "Reason")
                {
                    reason = ReadString(named.Value);
                }
            }

            return new RetentionDeclaration((Category)category, period, reason, declaredIn);
        }

        public static ControllerDeclaration? ReadController(AttributeData attribute, string declaredIn)
        {
            var arguments = attribute.ConstructorArguments;
            if (arguments.Length < 1 || ReadString(arguments[0]) is not { } name)
            {
                return null;
            }

            string? address = null, email = null, website = null, officer = null, representative = null, authority = null;
            foreach (var named in attribute.NamedArguments)
            {
                var value = ReadString(named.Value);
                switch (named.Key)
                {
                    case "Address": address = value; break;
                    case "Email": email = value; break;
                    case "Website": website = value; break;
                    case "DataProtectionOfficer": officer = value; break;
                    case "Representative": representative = value; break;
                    case "SupervisoryAuthority": authority = value; break;
                }
            }

            return new ControllerDeclaration(name, address, email, website, officer, representative, authority, declaredIn);
        }

        public static bool TryReadInt(TypedConstant constant, out int value)
        {
            value = 0;
            if (constant.Kind == TypedConstantKind.Error || constant.Kind == TypedConstantKind.Array || constant.IsNull)
            {
                return false;
            }

            switch (constant.Value)
            {
                case int i: value = i; return true;
                case short s: value = s; return true;
                case byte b: value = b; return true;
                case sbyte sb: value = sb; return true;
                case ushort us: value = us; return true;
                case uint ui when ui <= int.MaxValue: value = (int)ui; return true;
                case long l when l >= int.MinValue && l <= int.MaxValue: value = (int)l; return true;
                default: return false;
            }
        }

        public static string? ReadString(TypedConstant constant) =>
            constant.Kind != TypedConstantKind.Error && constant.Kind != TypedConstantKind.Array && !constant.IsNull ? constant.Value as string : null;

        public static EquatableArray<TEnum> ReadEnumArray<TEnum>(TypedConstant constant)
            where TEnum : struct, Enum
        {
            if (constant.Kind != TypedConstantKind.Array || constant.IsNull)
            {
                // A single value passed where the attribute expects params (only from broken metadata).
                return TryReadInt(constant, out var single) ? new EquatableArray<TEnum>(new[] { ToEnum<TEnum>(single) }) : EquatableArray<TEnum>.Empty;
            }

            var elements = constant.Values;
            var values = new TEnum[elements.Length];
            var count = 0;
            foreach (var element in elements)
            {
                if (TryReadInt(element, out var value))
                {
                    values[count++] = ToEnum<TEnum>(value);
                }
            }

            if (count != values.Length)
            {
                Array.Resize(ref values, count);
            }

            return EquatableArray<TEnum>.TakeOwnership(values);
        }

        public static EquatableArray<string> ReadStringArray(TypedConstant constant)
        {
            if (constant.Kind != TypedConstantKind.Array || constant.IsNull)
            {
                return EquatableArray<string>.Empty;
            }

            var values = new List<string>(constant.Values.Length);
            foreach (var element in constant.Values)
            {
                if (ReadString(element) is { } value)
                {
                    values.Add(value);
                }
            }

            return new EquatableArray<string>(values);
        }

        // Every enum of the contract has int as its underlying type.
        // Purpose, the one enum read as an array today, converts without a box: the JIT folds the type
        // test and the box/unbox of the same type.
        private static TEnum ToEnum<TEnum>(int value)
            where TEnum : struct, Enum => typeof(TEnum) == typeof(Purpose) ? (TEnum)(object)(Purpose)value : (TEnum)(object)value;
    }
}
