using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PrivacyAttributes.Workload;

/// <summary>One generated source file.</summary>
public sealed record WorkloadFile(string Path, string Source);

/// <summary>
/// Makes a synthetic solution of a chosen size, shaped like real annotated code: N entity types with
/// ten members each (about half annotated, across every category and purpose), and N service types
/// whose methods read those members under <c>[ProcessingPurpose]</c>, log some values, pass some to
/// <c>[SharesWith]</c> clients, with lambdas, string building and locals. Deterministic for a seed.
/// </summary>
public static class SyntheticWorkload
{
    public const string Namespace = "Workload";

    private static readonly Category[] Categories = Enum.GetValues<Category>().Where(category => category != Category.Other).ToArray();
    private static readonly Purpose[] Purposes = Enum.GetValues<Purpose>().Where(purpose => purpose != Purpose.Other).ToArray();

    /// <summary>The files of a solution with <paramref name="typeCount"/> entity and as many service types.</summary>
    public static IReadOnlyList<WorkloadFile> Generate(int typeCount, int seed = 42)
    {
        if (typeCount < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(typeCount), typeCount, "At least one type.");
        }

        var random = new Random(seed);
        var files = new List<WorkloadFile>
        {
            new("Declarations.cs", Declarations()),
            new("Logging.cs", LoggingStubs()),
            new("Recipients.cs", RecipientClients()),
        };

        for (var index = 0; index < typeCount; index++)
        {
            files.Add(new WorkloadFile($"Entities/Entity{index}.cs", Entity(index)));
            files.Add(new WorkloadFile($"Services/Service{index}.cs", Service(index, random)));
        }

        return files;
    }

    /// <summary>An entity's member: which ones are annotated is a pure function of the indexes.</summary>
    public static (string Name, Category? Category, Purpose Purpose) EntityMember(int entity, int member)
    {
        var annotated = member % 2 == 0;
        var category = Categories[((entity * 5) + member) % Categories.Length];
        var purpose = Purposes[((entity * 3) + member) % Purposes.Length];
        return ("Member" + member.ToString(CultureInfo.InvariantCulture), annotated ? category : null, purpose);
    }

    /// <summary>A whole-file edit inside a method body that touches no annotated member.</summary>
    public static string EditUnrelatedMethodBody(string serviceSource) =>
        serviceSource.Replace("var unrelated = 1;", "var unrelated = 2;", StringComparison.Ordinal);

    /// <summary>Changes the purposes of one annotation of an entity.</summary>
    public static string EditAnnotation(string entitySource) =>
        ReplaceFirst(entitySource, "Purpose.", "Purpose.Analytics, Purpose.");

    /// <summary>A new file with one more annotated entity.</summary>
    public static WorkloadFile AddedFile(int index) => new($"Entities/Added{index}.cs", Entity(100_000 + index));

    /// <summary>Writes the workload as a project folder (sources plus a project file supplied by the caller).</summary>
    public static void WriteTo(string directory, IReadOnlyList<WorkloadFile> files)
    {
        foreach (var file in files)
        {
            var path = System.IO.Path.Combine(directory, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Source);
        }
    }

    private static string Declarations()
    {
        var builder = new StringBuilder("using PrivacyAttributes;\n\n");
        builder.Append("[assembly: DataController(\"Workload Ltd\", Email = \"privacy@example.com\")]\n");
        foreach (var purpose in Purposes)
        {
            var basis = purpose switch
            {
                Purpose.DirectMarketing or Purpose.Advertising or Purpose.Personalization => "LegalBasis.Consent, Condition = SpecialCategoryCondition.ExplicitConsent",
                Purpose.LegalCompliance or Purpose.FraudPrevention => "LegalBasis.LegalObligation, Condition = SpecialCategoryCondition.SubstantialPublicInterest",
                Purpose.Analytics or Purpose.Security or Purpose.ProductImprovement =>
                    "LegalBasis.LegitimateInterests, LegitimateInterest = \"Keeping the service secure and useful\", Condition = SpecialCategoryCondition.ExplicitConsent",
                _ => "LegalBasis.Contract, Condition = SpecialCategoryCondition.ExplicitConsent",
            };
            builder.Append($"[assembly: PurposeLegalBasis(Purpose.{purpose}, {basis})]\n");
            if (purpose is Purpose.LegalCompliance or Purpose.LegalClaims)
            {
                builder.Append($"[assembly: PurposeLegalBasis(Purpose.{purpose}, LegalBasis.PublicTask)]\n");
            }
        }

        foreach (var category in Categories)
        {
            builder.Append($"[assembly: Retention(Category.{category}, \"P2Y\", Reason = \"Statute of limitations\")]\n");
        }

        builder.Append("[assembly: Recipient(\"CrmProvider\", RecipientKind.ServiceProvider, Country = \"DE\")]\n");
        builder.Append("[assembly: Recipient(\"AdNetwork\", RecipientKind.Advertising, Country = \"US\", Transfer = TransferMechanism.StandardContractualClauses)]\n");
        return builder.ToString();
    }

    private static string LoggingStubs() => """
        namespace Microsoft.Extensions.Logging
        {
            public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }

            public interface ILogger
            {
                void Log(LogLevel level, string message);
            }

            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string? message, params object?[] args) => logger.Log(LogLevel.Information, message ?? "");
            }
        }
        """;

    private static string RecipientClients() => $$"""
        using PrivacyAttributes;

        namespace {{Namespace}}
        {
            [SharesWith("CrmProvider")]
            public sealed class CrmClient
            {
                public void Upsert(string key, object? value)
                {
                }
            }

            public sealed class AdClient
            {
                [SharesWith("AdNetwork")]
                public void Upload(string audience, string value)
                {
                }
            }
        }
        """;

    private static string Entity(int index)
    {
        var builder = new StringBuilder();
        builder.Append("using PrivacyAttributes;\n\n");
        builder.Append($"namespace {Namespace}.Entities\n{{\n");
        builder.Append($"    public sealed class Entity{index}\n    {{\n");
        for (var member = 0; member < 10; member++)
        {
            var (name, category, purpose) = EntityMember(index, member);
            if (category is { } annotatedCategory)
            {
                var description = annotatedCategory == Category.Other ? ", Description = \"Other data\"" : "";
                builder.Append($"        [PersonalData(Category.{annotatedCategory}, Purpose.{purpose}{description})]\n");
            }

            builder.Append(member % 3 == 0
                ? $"        public string {name} {{ get; set; }} = \"\";\n\n"
                : $"        public int {name} {{ get; set; }}\n\n");
        }

        builder.Append("    }\n}\n");
        return builder.ToString();
    }

    private static string Service(int index, Random random)
    {
        var builder = new StringBuilder();
        builder.Append("using System;\nusing System.Linq;\nusing System.Text;\nusing Microsoft.Extensions.Logging;\nusing PrivacyAttributes;\n");
        builder.Append($"using {Namespace}.Entities;\n\n");
        builder.Append($"namespace {Namespace}.Services\n{{\n");
        builder.Append($"    public sealed class Service{index}\n    {{\n");
        builder.Append("        private readonly ILogger logger;\n        private readonly CrmClient crm = new CrmClient();\n        private readonly AdClient ads = new AdClient();\n\n");
        builder.Append($"        public Service{index}(ILogger logger)\n        {{\n            this.logger = logger;\n        }}\n\n");

        for (var method = 0; method < 3; method++)
        {
            var entity = random.Next(0, Math.Max(1, index + 1));
            var member = (method * 2) % 10;
            var (name, category, purpose) = EntityMember(entity, member);
            var (plainName, _, _) = EntityMember(entity, 1);
            builder.Append($"        [ProcessingPurpose(Purpose.{purpose})]\n");
            builder.Append($"        public string Method{method}(Entity{entity} entity, int count)\n        {{\n");
            builder.Append("            var unrelated = 1;\n");
            builder.Append($"            var value = entity.{name}.ToString();\n");
            builder.Append("            var text = new StringBuilder().Append(value).Append(':').Append(count + unrelated).ToString();\n");
            builder.Append($"            Func<int, int> doubled = x => x * 2 + entity.{plainName};\n");
            builder.Append("            var total = Enumerable.Range(0, count).Select(doubled).Sum();\n");
            builder.Append("            logger.LogInformation(\"Processed {Count} items\", total);\n");
            if (method == 1)
            {
                builder.Append("            crm.Upsert(\"key\", value);\n");
            }

            if (method == 2 && category is not null && random.Next(0, 10) == 0)
            {
                // A realistic share of mistakes: personal data written to a log.
                builder.Append($"            logger.LogInformation(\"Value {{Value}}\", entity.{name});\n");
            }

            builder.Append("            return $\"{text}-{total}\";\n        }\n\n");
        }

        builder.Append("    }\n}\n");
        return builder.ToString();
    }

    private static string ReplaceFirst(string text, string oldValue, string newValue)
    {
        var position = text.IndexOf(oldValue, StringComparison.Ordinal);
        return position < 0 ? text : string.Concat(text.AsSpan(0, position), newValue, text.AsSpan(position + oldValue.Length));
    }
}
