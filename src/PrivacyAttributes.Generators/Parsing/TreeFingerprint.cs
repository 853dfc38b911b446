using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Generators.Parsing
{
    /// <summary>
    /// What in a tree can change how it binds or the lines the inventory records: its path and two
    /// independent 64-bit hashes over its tokens with their lines (see
    /// <see cref="TreeSummary.FingerprintHashes"/>), computed only when two fingerprints of different
    /// tree instances are compared (see <see cref="LazyTreeHash"/>; hashing every token of every file
    /// in a build's single run was about a sixth of the tree summaries).
    /// </summary>
    internal sealed class TreeFingerprint : LazyTreeHash
    {
        public TreeFingerprint(SyntaxTree tree)
            : base(tree)
        {
        }

        protected override (long First, long Second) Compute(SyntaxTree tree) => TreeSummary.FingerprintHashes(tree, CancellationToken.None);
    }
}
