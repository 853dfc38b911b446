using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// Every tree's summary folded into what the semantic pass needs from the whole project: the
    /// names a body must write to matter, the alias names (an aliased attribute may be ours), and
    /// every file's path and <see cref="DeclarationHash"/>, which differ whenever any file changes
    /// outside member bodies (hashed only when two versions of a file are compared).
    /// </summary>
    internal sealed record ProjectSyntax(
        EquatableArray<DeclarationHash> Declarations,
        bool Wildcard,
        EquatableArray<string> Names,
        EquatableArray<string> Aliases)
    {
        private HashSet<string>? nameSet;
        private HashSet<string>? aliasSet;

        public HashSet<string> NameSet => nameSet ??= new HashSet<string>(Names, StringComparer.Ordinal);

        public HashSet<string> AliasSet => aliasSet ??= new HashSet<string>(Aliases, StringComparer.Ordinal);

        public static ProjectSyntax Create(EquatableArray<TreeSummary> trees, CancellationToken cancellationToken)
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            var aliases = new SortedSet<string>(StringComparer.Ordinal);
            var sharingTypes = new HashSet<string>(StringComparer.Ordinal);
            var handlerTypes = new HashSet<string>(StringComparer.Ordinal);
            var wildcard = false;
            var declarations = new DeclarationHash[trees.Count];
            for (var i = 0; i < declarations.Length; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var tree = trees[i];
                declarations[i] = tree.Declarations;
                wildcard |= tree.Wildcard;
                names.UnionWith(tree.Names);
                aliases.UnionWith(tree.Aliases);
                sharingTypes.UnionWith(tree.SharingTypes);
                handlerTypes.UnionWith(tree.HandlerTypes);
            }

            if (sharingTypes.Count > 0)
            {
                // Any constructor of a [SharesWith] type can be called without writing its name.
                names.Add(TreeSummary.ImplicitNew);
                names.Add(TreeSummary.ConstructorInitializer);
                foreach (var tree in trees)
                {
                    foreach (var type in tree.TypeMembers)
                    {
                        if (sharingTypes.Contains(type.Type))
                        {
                            names.Add(type.Type);
                            names.UnionWith(type.Names);
                            if (handlerTypes.Contains(type.Type))
                            {
                                names.Add(TreeSummary.Interpolation);
                            }
                        }
                    }
                }
            }

            if (aliases.Count > 0)
            {
                // An attribute written through an alias may be ours: read every body rather than guess.
                foreach (var tree in trees)
                {
                    foreach (var name in tree.AttributeNames)
                    {
                        wildcard |= aliases.Contains(name);
                    }
                }
            }

            return new ProjectSyntax(EquatableArray<DeclarationHash>.TakeOwnership(declarations), wildcard, new EquatableArray<string>(names), new EquatableArray<string>(aliases));
        }

        /// <summary>Whether a tree holds an attribute that can be one the generator reads.</summary>
        public bool MayHoldRoots(TreeSummary tree)
        {
            foreach (var name in tree.AttributeNames)
            {
                if (TreeSummary.Is(name, TreeSummary.PersonalData)
                    || TreeSummary.Is(name, TreeSummary.ProcessingPurpose)
                    || TreeSummary.Is(name, TreeSummary.SharesWith)
                    || AliasSet.Contains(name))
                {
                    return true;
                }
            }

            return false;
        }

        // Declarations last: comparing a file's two versions hashes both, and the other fields are cheap.
        public bool Equals(ProjectSyntax? other) =>
            other is not null
            && Declarations.Count == other.Declarations.Count
            && Wildcard == other.Wildcard
            && Names.Equals(other.Names)
            && Aliases.Equals(other.Aliases)
            && Declarations.Equals(other.Declarations);

        // Not from the declarations: that would hash every path on every run.
        public override int GetHashCode() => (Declarations.Count * 31) ^ Names.Count;
    }
}
