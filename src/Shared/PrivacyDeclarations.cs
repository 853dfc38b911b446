using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Roslyn
{
    /// <summary>
    /// The assembly-level declarations in force for a compilation: its own and those of every
    /// referenced assembly built against PrivacyAttributes, so a domain library can hold the
    /// company's legal bases, recipients, retention and controller for every application.
    /// </summary>
    internal sealed class PrivacyDeclarations
    {
        private const string RuntimeAssemblyName = "PrivacyAttributes";

        private PrivacyDeclarations(
            ControllerDeclaration? controller,
            ImmutableArray<LegalBasisDeclaration> legalBases,
            ImmutableArray<RecipientDeclaration> recipients,
            ImmutableArray<RetentionDeclaration> retentions)
        {
            Controller = controller;
            LegalBases = legalBases;
            Recipients = recipients;
            Retentions = retentions;
        }

        /// <summary>This assembly's controller, else the first referenced one by ordinal assembly name.</summary>
        public ControllerDeclaration? Controller { get; }

        /// <summary>This assembly's declarations first, then each referenced assembly's, by ordinal assembly name.</summary>
        public ImmutableArray<LegalBasisDeclaration> LegalBases { get; }

        public ImmutableArray<RecipientDeclaration> Recipients { get; }

        public ImmutableArray<RetentionDeclaration> Retentions { get; }

        public IEnumerable<LegalBasisDeclaration> LegalBasesFor(Purpose purpose)
        {
            foreach (var declaration in LegalBases)
            {
                if (declaration.Purpose == purpose)
                {
                    yield return declaration;
                }
            }
        }

        public bool HasLegalBasis(Purpose purpose)
        {
            foreach (var declaration in LegalBases)
            {
                if (declaration.Purpose == purpose)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The recipient declared under <paramref name="name"/> (ordinal), nearest assembly first.</summary>
        public RecipientDeclaration? FindRecipient(string name)
        {
            foreach (var recipient in Recipients)
            {
                if (string.Equals(recipient.Name, name, StringComparison.Ordinal))
                {
                    return recipient;
                }
            }

            return null;
        }

        /// <summary>The retention declared for <paramref name="category"/>, nearest assembly first.</summary>
        public RetentionDeclaration? RetentionFor(Category category)
        {
            foreach (var retention in Retentions)
            {
                if (retention.Category == category)
                {
                    return retention;
                }
            }

            return null;
        }

        public static PrivacyDeclarations Read(Compilation compilation)
        {
            var assemblies = new List<IAssemblySymbol> { compilation.Assembly };
            assemblies.AddRange(ReferencedAssembliesUsingPrivacyAttributes(compilation));

            ControllerDeclaration? controller = null;
            var legalBases = ImmutableArray.CreateBuilder<LegalBasisDeclaration>();
            var recipients = ImmutableArray.CreateBuilder<RecipientDeclaration>();
            var retentions = ImmutableArray.CreateBuilder<RetentionDeclaration>();
            foreach (var assembly in assemblies)
            {
                var declaredIn = assembly.Identity.Name;
                foreach (var attribute in assembly.GetAttributes())
                {
                    switch (AnnotationReader.Classify(attribute))
                    {
                        case PrivacyAttributeKind.DataController:
                            controller ??= AnnotationReader.ReadController(attribute, declaredIn);
                            break;
                        case PrivacyAttributeKind.PurposeLegalBasis when AnnotationReader.ReadLegalBasis(attribute, declaredIn) is { } legalBasis:
                            legalBases.Add(legalBasis);
                            break;
                        case PrivacyAttributeKind.Recipient when AnnotationReader.ReadRecipient(attribute, declaredIn) is { } recipient:
                            recipients.Add(recipient);
                            break;
                        case PrivacyAttributeKind.Retention when AnnotationReader.ReadRetention(attribute, declaredIn) is { } retention:
                            retentions.Add(retention);
                            break;
                    }
                }
            }

            return new PrivacyDeclarations(controller, legalBases.ToImmutable(), recipients.ToImmutable(), retentions.ToImmutable());
        }

        /// <summary>
        /// Referenced assemblies that themselves reference PrivacyAttributes, sorted by ordinal name.
        /// Only those can carry declarations, and checking their reference list is cheap.
        /// </summary>
        public static ImmutableArray<IAssemblySymbol> ReferencedAssembliesUsingPrivacyAttributes(Compilation compilation)
        {
            var result = new List<IAssemblySymbol>();
            foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
            {
                if (ReferencesPrivacyAttributes(assembly))
                {
                    result.Add(assembly);
                }
            }

            result.Sort((left, right) => string.CompareOrdinal(left.Identity.Name, right.Identity.Name));
            return result.ToImmutableArray();
        }

        private static bool ReferencesPrivacyAttributes(IAssemblySymbol assembly)
        {
            foreach (var module in assembly.Modules)
            {
                foreach (var reference in module.ReferencedAssemblies)
                {
                    if (string.Equals(reference.Name, RuntimeAssemblyName, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
