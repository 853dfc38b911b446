using System;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PrivacyAttributes.Analyzers.Tests;

/// <summary>Every diagnostic the package can report has a rule page, and its help link points there.</summary>
public sealed class RulePagesTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(RuleIdentifiers).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
        .SelectMany(analyzer => analyzer.SupportedDiagnostics)
        .ToArray();

    private static readonly string[] DeclaredIds = typeof(RuleIdentifiers)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.IsLiteral && field.Name != nameof(RuleIdentifiers.UsageCategory) && field.Name != nameof(RuleIdentifiers.RulePagesBaseUri))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_declared_id_is_a_spec_id()
    {
        Assert.All(DeclaredIds, id => Assert.Matches("^PRIV(0(0[1-9]|1[0-2])|100)$", id));
    }

    [Fact]
    public void Every_reported_id_has_a_page_and_its_help_link_points_there()
    {
        Assert.NotEmpty(Descriptors);
        foreach (var descriptor in Descriptors)
        {
            Assert.Contains(descriptor.Id, DeclaredIds);
            Assert.Equal(RuleIdentifiers.RulePagesBaseUri + descriptor.Id + ".md", descriptor.HelpLinkUri);
            var page = Path.Combine(RepositoryRoot, "docs", "rules", descriptor.Id + ".md");
            Assert.True(File.Exists(page), $"{descriptor.Id} has no rule page at {page}");
            var text = File.ReadAllText(page);
            Assert.StartsWith("# " + descriptor.Id, text);
            foreach (var heading in new[] { "## What it catches", "## Why it matters", "## Example", "## How to fix", "## Options" })
            {
                Assert.True(text.Contains(heading, StringComparison.Ordinal), $"{descriptor.Id}.md lacks '{heading}'");
            }
        }
    }

    [Fact]
    public void Every_rule_page_belongs_to_a_declared_id()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryRoot, "docs", "rules"), "PRIV*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, page => Assert.Contains(page, DeclaredIds));
    }

    private static string RepositoryRoot => PrivacyAttributes.Testing.RepositoryPaths.Root;
}
