using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace PrivacyAttributes.Analyzers.Flow
{
    /// <summary>
    /// What a compilation-start action keeps for its callbacks: the compilation's <see cref="PrivacyCompilationModel"/>,
    /// looked up when a callback first needs it.
    /// </summary>
    /// <remarks>
    /// Looking up the attribute type binds the compilation's references, builds its source assembly and
    /// merges its declarations: work the compiler does for every compilation, and does next anyway,
    /// but that the first compilation-start action to ask pays for (tens of milliseconds at 1,000 types,
    /// charged to the analyzer). A reference to the package's assembly says the package is used without
    /// binding anything; only a compilation without one is looked into at the start, so a project that
    /// does not use the package still registers nothing and pays nothing afterwards.
    /// </remarks>
    internal sealed class DeferredModel
    {
        private const string PackageAssemblyName = "PrivacyAttributes";
        private const string PackageAssemblyFileName = PackageAssemblyName + ".dll";

        private readonly Compilation compilation;
        private PrivacyCompilationModel? model;
        private volatile bool resolved;

        private DeferredModel(Compilation compilation, PrivacyCompilationModel? model, bool resolved)
        {
            this.compilation = compilation;
            this.model = model;
            this.resolved = resolved;
        }

        /// <summary>
        /// The model (null when the compilation cannot see the attribute type after all; see
        /// <see cref="PrivacyCompilationModel.For"/>), found once.
        /// </summary>
        public PrivacyCompilationModel? Value
        {
            get
            {
                if (resolved)
                {
                    return model;
                }

                // Threads that race here find the same model: it is one per compilation.
                model = PrivacyCompilationModel.For(compilation);
                resolved = true;
                return model;
            }
        }

        /// <summary>
        /// The model of <paramref name="compilation"/> for a compilation-start action to hand to its callbacks,
        /// or null when the compilation certainly cannot use the package: then register nothing.
        /// </summary>
        public static DeferredModel? Start(Compilation compilation)
        {
            if (ReferencesPackageAssembly(compilation))
            {
                return new DeferredModel(compilation, model: null, resolved: false);
            }

            return PrivacyCompilationModel.For(compilation) is { } model ? new DeferredModel(compilation, model, resolved: true) : null;
        }

        /// <summary>
        /// Whether the compilation is given the package's attribute assembly, by file name or as a project:
        /// read from the references as passed, which binds nothing (<see cref="Compilation.References"/>
        /// would bind them for <c>#r</c> directives).
        /// </summary>
        public static bool ReferencesPackageAssembly(Compilation compilation)
        {
            foreach (var reference in compilation.ExternalReferences)
            {
                switch (reference)
                {
                    case PortableExecutableReference { FilePath: { } path } when EndsWithFileName(path, PackageAssemblyFileName):
                        return true;
                    case CompilationReference { Compilation.AssemblyName: { } name } when string.Equals(name, PackageAssemblyName, StringComparison.Ordinal):
                        return true;
                }
            }

            return false;
        }

        private static bool EndsWithFileName(string path, string fileName) =>
            path.EndsWith(fileName, StringComparison.OrdinalIgnoreCase)
            && (path.Length == fileName.Length || path[path.Length - fileName.Length - 1] is '/' or '\\');
    }
}
