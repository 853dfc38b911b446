using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PrivacyAttributes.Tests.Taxonomy
{
    /// <summary>Reads a vocabulary file from Vocabularies/: one valid name per line, '#' lines are comments.</summary>
    internal static class Vocabulary
    {
        public static HashSet<string> Load(string fileName)
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Vocabularies", fileName);
            var lines = File.ReadAllLines(path);
            if (lines.Length == 0 || !lines[0].StartsWith("# ", StringComparison.Ordinal) || !lines[0].Contains("Source", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{fileName} must start with a comment line naming its source.");
            }

            var names = lines.Skip(1).Where(l => l.Length != 0 && !l.StartsWith('#')).ToList();
            var set = new HashSet<string>(names, StringComparer.Ordinal);
            if (set.Count != names.Count)
            {
                throw new InvalidOperationException($"{fileName} has duplicate names.");
            }

            return set;
        }
    }
}
