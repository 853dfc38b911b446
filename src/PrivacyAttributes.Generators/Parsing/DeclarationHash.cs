using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// A hash of a tree's text outside member bodies, with its directives and language version (see
    /// <see cref="TreeSummary.HashOutsideBodies"/>), computed only when two versions of the tree are
    /// compared (see <see cref="LazyTreeHash"/>). An edit inside a body leaves it equal, so the
    /// declaration gate and every other file's memo hold.
    /// </summary>
    internal sealed class DeclarationHash : LazyTreeHash
    {
        public DeclarationHash(SyntaxTree tree)
            : base(tree)
        {
        }

        protected override (long First, long Second) Compute(SyntaxTree tree) => (TreeSummary.HashOutsideBodies(tree), 0);
    }
}
