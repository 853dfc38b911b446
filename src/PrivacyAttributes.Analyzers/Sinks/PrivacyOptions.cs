using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAttributes.Analyzers.Sinks
{
    /// <summary>The <c>.editorconfig</c> keys of the flow rules, read per syntax tree and parsed once per distinct value.</summary>
    internal sealed class PrivacyOptions
    {
        /// <summary>Methods whose arguments leave the process, in addition to the built-in sinks.</summary>
        public const string AdditionalSinksKey = "privacy_attributes.additional_sinks";

        /// <summary>Methods whose return value no longer identifies anyone, in addition to <c>[Anonymizes]</c>.</summary>
        public const string AdditionalSanitizersKey = "privacy_attributes.additional_sanitizers";

        public static readonly PrivacyOptions Default = new(MethodNameSet.Empty, MethodNameSet.Empty);

        private PrivacyOptions(MethodNameSet additionalSinks, MethodNameSet additionalSanitizers)
        {
            AdditionalSinks = additionalSinks;
            AdditionalSanitizers = additionalSanitizers;
        }

        public MethodNameSet AdditionalSinks { get; }

        public MethodNameSet AdditionalSanitizers { get; }

        /// <summary>Reads and caches options; one cache per compilation, keyed by the raw values.</summary>
        internal sealed class Cache
        {
            private readonly ConcurrentDictionary<(string?, string?), PrivacyOptions> parsed = new();
            private readonly ConcurrentDictionary<SyntaxTree, PrivacyOptions> byTree = new();
            private readonly Func<SyntaxTree, PrivacyOptions> read;
            private readonly AnalyzerOptions options;
            private TreeOptions? last;

            public Cache(AnalyzerOptions options)
            {
                this.options = options;
                read = tree => ReadFor(tree);
            }

            /// <summary>The options in force in <paramref name="tree"/>, looked up once per tree (every call and creation asks).</summary>
            public PrivacyOptions For(SyntaxTree? tree)
            {
                if (tree is null)
                {
                    return ReadFor(null);
                }

                // Operations arrive body by body, so the tree asked about is nearly always the one asked about last.
                if (Volatile.Read(ref last) is { } recent && ReferenceEquals(recent.Tree, tree))
                {
                    return recent.Options;
                }

                var options = byTree.TryGetValue(tree, out var cached) ? cached : byTree.GetOrAdd(tree, read);
                Volatile.Write(ref last, new TreeOptions(tree, options));
                return options;
            }

            private PrivacyOptions ReadFor(SyntaxTree? tree)
            {
                var provider = options.AnalyzerConfigOptionsProvider;
                var perTree = tree is null ? null : provider.GetOptions(tree);
                var sinks = Read(perTree, provider.GlobalOptions, AdditionalSinksKey);
                var sanitizers = Read(perTree, provider.GlobalOptions, AdditionalSanitizersKey);
                if (sinks is null && sanitizers is null)
                {
                    return Default;
                }

                return parsed.GetOrAdd((sinks, sanitizers), static key => new PrivacyOptions(MethodNameSet.Parse(key.Item1), MethodNameSet.Parse(key.Item2)));
            }

            private sealed class TreeOptions
            {
                public TreeOptions(SyntaxTree tree, PrivacyOptions options)
                {
                    Tree = tree;
                    Options = options;
                }

                public SyntaxTree Tree { get; }

                public PrivacyOptions Options { get; }
            }

            private static string? Read(AnalyzerConfigOptions? perTree, AnalyzerConfigOptions global, string key) =>
                perTree is not null && perTree.TryGetValue(key, out var value) ? value
                : global.TryGetValue(key, out var globalValue) ? globalValue
                : null;
        }
    }
}
