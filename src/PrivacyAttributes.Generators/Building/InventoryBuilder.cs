using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using PrivacyAttributes.Generators.Model;
using PrivacyAttributes.Generators.Parsing;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Building
{
    /// <summary>
    /// Model to model: merges this assembly's data items and processing entries with the declarations
    /// in force and the referenced inventories, makes paths relative, fills in retention by category,
    /// builds <c>purposes[]</c>, and sorts everything ordinally. No Roslyn type reaches this stage.
    /// </summary>
    internal static class InventoryBuilder
    {
        public static InventoryModel Build(
            ImmutableArray<EquatableArray<DataItemModel>> localItems,
            ImmutableArray<EquatableArray<ProcessingEntryModel>> processingRoots,
            DeclarationsModel declarations,
            EquatableArray<ReferencedInventoryModel> references,
            string projectDirectory,
            CancellationToken cancellationToken = default)
        {
            var assembly = declarations.AssemblyName;

            // Declarations: the compilation's (own first, then direct references by name), then what
            // referenced inventories carry (their own references' too), without duplicates.
            var legalBases = Merge(declarations.LegalBases, references, static r => r.LegalBases, static d => IsValid(d));
            var recipients = Merge(declarations.Recipients, references, static r => r.Recipients, static d => IsValid(d), static d => d with { Purposes = EnumValues.SortedDefined(d.Purposes) });
            var retentions = Merge(declarations.Retentions, references, static r => r.Retentions, static d => EnumValues.IsDefined(d.Category));
            var controller = ChooseController(assembly, declarations.Controller, references);

            // Data items: this assembly's, then the references', one per (id, assembly).
            var items = new List<DataItemModel>();
            var seen = new HashSet<(string, string)>();
            foreach (var group in localItems)
            {
                foreach (var item in group)
                {
                    var local = item with
                    {
                        File = PathHelper.Relative(item.File, projectDirectory),
                        Retention = item.Retention ?? CategoryRetention(item.Category, retentions),
                    };
                    if (seen.Add((local.Id, local.Assembly)))
                    {
                        items.Add(local);
                    }
                }
            }

            foreach (var reference in references)
            {
                foreach (var item in reference.DataItems)
                {
                    if (seen.Add((item.Id, item.Assembly)))
                    {
                        items.Add(item);
                    }
                }
            }

            items.Sort(static (left, right) =>
            {
                var byId = string.CompareOrdinal(left.Id, right.Id);
                return byId != 0 ? byId : string.CompareOrdinal(left.Assembly, right.Assembly);
            });

            // Processing: a method reached from two roots (its own attribute and its type's) once.
            var processing = new SortedDictionary<string, ProcessingEntryModel>(StringComparer.Ordinal);
            foreach (var root in processingRoots)
            {
                foreach (var entry in root)
                {
                    var relative = entry with { File = PathHelper.Relative(entry.File, projectDirectory) };
                    processing[entry.Id] = processing.TryGetValue(entry.Id, out var existing) ? MergeEntries(existing, relative) : relative;
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            return new InventoryModel(
                assembly,
                controller,
                new EquatableArray<DataItemModel>(items),
                BuildPurposes(items, legalBases, processing.Values),
                SortRecipients(recipients),
                SortRetentions(retentions),
                new EquatableArray<ProcessingEntryModel>(processing.Values));
        }

        private static EquatableArray<PurposeModel> BuildPurposes(List<DataItemModel> items, List<LegalBasisDeclaration> legalBases, IEnumerable<ProcessingEntryModel> processing)
        {
            var purposes = new SortedDictionary<int, (List<LegalBasisDeclaration> Bases, SortedSet<string> Items, SortedSet<string> ProcessedBy)>();
            (List<LegalBasisDeclaration> Bases, SortedSet<string> Items, SortedSet<string> ProcessedBy) For(Purpose purpose)
            {
                if (!purposes.TryGetValue((int)purpose, out var entry))
                {
                    entry = (new List<LegalBasisDeclaration>(), new SortedSet<string>(StringComparer.Ordinal), new SortedSet<string>(StringComparer.Ordinal));
                    purposes.Add((int)purpose, entry);
                }

                return entry;
            }

            foreach (var item in items)
            {
                foreach (var purpose in item.Purposes)
                {
                    For(purpose).Items.Add(item.Id);
                }
            }

            foreach (var basis in legalBases)
            {
                For(basis.Purpose).Bases.Add(basis);
            }

            foreach (var entry in processing)
            {
                foreach (var purpose in entry.Purposes)
                {
                    For(purpose).ProcessedBy.Add(entry.Id);
                }
            }

            var result = new List<PurposeModel>(purposes.Count);
            foreach (var pair in purposes)
            {
                var bases = pair.Value.Bases;
                bases.Sort(CompareLegalBases);
                result.Add(new PurposeModel(
                    (Purpose)pair.Key,
                    new EquatableArray<LegalBasisDeclaration>(bases),
                    new EquatableArray<string>(pair.Value.Items),
                    new EquatableArray<string>(pair.Value.ProcessedBy)));
            }

            return new EquatableArray<PurposeModel>(result);
        }

        private static int CompareLegalBases(LegalBasisDeclaration left, LegalBasisDeclaration right)
        {
            var result = ((int)left.Basis).CompareTo((int)right.Basis);
            result = result != 0 ? result : ((int)left.Condition).CompareTo((int)right.Condition);
            result = result != 0 ? result : string.CompareOrdinal(left.DeclaredIn, right.DeclaredIn);
            result = result != 0 ? result : string.CompareOrdinal(left.LegitimateInterest, right.LegitimateInterest);
            return result != 0 ? result : string.CompareOrdinal(left.Description, right.Description);
        }

        private static EquatableArray<RecipientDeclaration> SortRecipients(List<RecipientDeclaration> recipients)
        {
            var sorted = new List<RecipientDeclaration>(recipients);

            sorted.Sort(static (left, right) =>
            {
                var result = string.CompareOrdinal(left.Name, right.Name);
                result = result != 0 ? result : string.CompareOrdinal(left.DeclaredIn, right.DeclaredIn);
                result = result != 0 ? result : ((int)left.Kind).CompareTo((int)right.Kind);
                result = result != 0 ? result : string.CompareOrdinal(left.Country, right.Country);
                return result != 0 ? result : string.CompareOrdinal(left.Description, right.Description);
            });
            return new EquatableArray<RecipientDeclaration>(sorted);
        }

        private static EquatableArray<RetentionDeclaration> SortRetentions(List<RetentionDeclaration> retentions)
        {
            var sorted = new List<RetentionDeclaration>(retentions);
            sorted.Sort(static (left, right) =>
            {
                var result = ((int)left.Category).CompareTo((int)right.Category);
                result = result != 0 ? result : string.CompareOrdinal(left.Period, right.Period);
                result = result != 0 ? result : string.CompareOrdinal(left.DeclaredIn, right.DeclaredIn);
                return result != 0 ? result : string.CompareOrdinal(left.Reason, right.Reason);
            });
            return new EquatableArray<RetentionDeclaration>(sorted);
        }

        /// <summary>The nearest <c>[assembly: Retention]</c> of the category: this assembly's, then the references' in order.</summary>
        private static RetentionModel? CategoryRetention(Category category, List<RetentionDeclaration> retentions)
        {
            foreach (var retention in retentions)
            {
                if (retention.Category == category)
                {
                    return new RetentionModel(retention.Period, RetentionOrigin.Category, retention.Reason);
                }
            }

            return null;
        }

        /// <summary>This assembly's controller, else the referenced one first by ordinal assembly name.</summary>
        private static ControllerDeclaration? ChooseController(string assembly, ControllerDeclaration? declared, EquatableArray<ReferencedInventoryModel> references)
        {
            if (declared is not null && string.Equals(declared.DeclaredIn, assembly, StringComparison.Ordinal))
            {
                return declared;
            }

            var chosen = declared;
            foreach (var reference in references)
            {
                if (reference.Controller is { } candidate && (chosen is null || string.CompareOrdinal(candidate.DeclaredIn, chosen.DeclaredIn) < 0))
                {
                    chosen = candidate;
                }
            }

            return chosen;
        }

        /// <summary>
        /// This assembly's declarations (which include those read from referenced assemblies' attributes)
        /// and the referenced inventories' (which include their own references'), each once. Declarations
        /// are put in canonical form first: a referenced inventory lists a recipient's purposes sorted,
        /// the attribute as written, and the same recipient must not appear twice.
        /// </summary>
        private static List<T> Merge<T>(
            EquatableArray<T> own,
            EquatableArray<ReferencedInventoryModel> references,
            Func<ReferencedInventoryModel, EquatableArray<T>> select,
            Func<T, bool> isValid,
            Func<T, T>? canonical = null)
            where T : class
        {
            var result = new List<T>();
            var seen = new HashSet<T>();
            void Add(T declaration)
            {
                if (!isValid(declaration))
                {
                    return;
                }

                var normalized = canonical is null ? declaration : canonical(declaration);
                if (seen.Add(normalized))
                {
                    result.Add(normalized);
                }
            }

            foreach (var declaration in own)
            {
                Add(declaration);
            }

            foreach (var reference in references)
            {
                foreach (var declaration in select(reference))
                {
                    Add(declaration);
                }
            }

            return result;
        }

        private static bool IsValid(LegalBasisDeclaration declaration) =>
            EnumValues.IsDefined(declaration.Purpose) && EnumValues.IsDefined(declaration.Basis) && EnumValues.IsDefined(declaration.Condition);

        private static bool IsValid(RecipientDeclaration declaration) =>
            EnumValues.IsDefined(declaration.Kind) && EnumValues.IsDefined(declaration.Transfer) && EnumValues.AreDefined(declaration.Purposes);

        private static ProcessingEntryModel MergeEntries(ProcessingEntryModel left, ProcessingEntryModel right)
        {
            if (left == right)
            {
                return left;
            }

            var reads = new SortedSet<string>(left.Reads, StringComparer.Ordinal);
            reads.UnionWith(right.Reads);
            var discloses = new SortedSet<string>(left.Discloses, StringComparer.Ordinal);
            discloses.UnionWith(right.Discloses);
            return left with { Reads = new EquatableArray<string>(reads), Discloses = new EquatableArray<string>(discloses) };
        }
    }

    /// <summary>Source paths as the inventory writes them.</summary>
    internal static class PathHelper
    {
        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="projectDirectory"/> with <c>/</c>
        /// separators; the file name alone when the directory is unknown or does not contain the file.
        /// </summary>
        public static string Relative(string path, string projectDirectory)
        {
            if (string.IsNullOrEmpty(path))
            {
                return string.Empty;
            }

            var normalized = path.Replace('\\', '/');
            var directory = (projectDirectory ?? string.Empty).Replace('\\', '/');
            if (directory.Length > 0)
            {
                if (!directory.EndsWith("/", StringComparison.Ordinal))
                {
                    directory += "/";
                }

                if (normalized.StartsWith(directory, StringComparison.Ordinal)
                    || (IsWindowsPath(directory) && normalized.StartsWith(directory, StringComparison.OrdinalIgnoreCase)))
                {
                    return normalized.Substring(directory.Length);
                }
            }

            var slash = normalized.LastIndexOf('/');
            return slash < 0 ? normalized : normalized.Substring(slash + 1);
        }

        private static bool IsWindowsPath(string path) => path.Length > 1 && path[1] == ':';
    }
}
