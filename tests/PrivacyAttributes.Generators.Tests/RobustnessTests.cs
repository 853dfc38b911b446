using System.Linq;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

/// <summary>Broken code while typing: valid JSON, no exception, undefined values left out.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> BrokenSources() =>
    [
        "using PrivacyAttributes; namespace N { public class C { [PersonalData] public string X = \"\"; } }",
        "using PrivacyAttributes; namespace N { public class C { [PersonalData(\"x\", 5)] public string X = \"\"; } }",
        "using PrivacyAttributes; namespace N { public class C { [PersonalData(Category.Email, Purpose.Analytics, Subjects = \"no\", Retention = 5, SharedWith = \"x\")] public string X = \"\"; } }",
        "using PrivacyAttributes; namespace N { public class C { [PersonalData(Category.Email, Purpose.",
        "using PrivacyAttributes; namespace N { public class C { [PersonalData(Category.Email, Purpose.Analytics)] public string",
        "using PrivacyAttributes; namespace N { public class C { [ProcessingPurpose(Purpose.Analytics)] public void M( { var x = new C(). } }",
        "using PrivacyAttributes; namespace N { [SharesWith] public class C { [ProcessingPurpose] public void M() { M(; } } }",
        "using PrivacyAttributes; namespace N { [SharesWith(null)] [ProcessingPurpose((Purpose)55)] public class C { [PersonalData(Category.Email, Purpose.Analytics)] string E = \"\"; void M() => System.Console.WriteLine(E); } }",
        "using PrivacyAttributes; [assembly: PurposeLegalBasis] [assembly: Recipient(null, RecipientKind.Public)] [assembly: Retention(Category.Email)] [assembly: DataController(null)]",
        "using PrivacyAttributes; [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.Consent, Condition = (SpecialCategoryCondition)42)] [assembly: Recipient(\"R\", (RecipientKind)42)] [assembly: Retention((Category)999, \"P1Y\")]",
        "using PrivacyAttributes; namespace N { public class C { [PersonalData(Category.Email, Purpose.Analytics)] public void NotAReturn() { } [return: PersonalData] public string R() => \"\"; } }",
        "using PrivacyAttributes; namespace N { public class C<T> where T : { [PersonalData(Category.Email, Purpose.Analytics)] public T Value; [ProcessingPurpose(Purpose.Analytics)] public object M() => Value!.; } }",
        "using PrivacyAttributes; namespace N { public record R([PersonalData(Category.Email, Purpose.Analytics)] string E, [PersonalData] int X); [ProcessingPurpose(Purpose.Analytics)] class U { string M(R r) { return nameof(r.E) + r.E + r.Missing + Unknown(r); } } }",
        "using PrivacyAttributes; namespace N { [ProcessingPurpose(Purpose.Analytics)] class U { void M(dynamic d, int[] a) { var (x, y) = (d.E, a[0]); object o = d; M(o, null); _ = x; } } }",
        "class",
        "",
    ];

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public void Broken_code_gives_valid_json_and_no_exception(string source)
    {
        var output = GeneratorHarness.Run(source);
        GeneratorHarness.AssertGeneratorDidNotFail(output);
        Assert.NotNull(output.Json);
        Assert.Equal(1, output.Root.GetProperty("schemaVersion").GetInt32());
    }

    [Fact]
    public void Undefined_enum_values_leave_the_item_or_declaration_out()
    {
        var output = GeneratorHarness.Run("""
            using PrivacyAttributes;
            [assembly: PurposeLegalBasis((Purpose)99, LegalBasis.Consent)]
            [assembly: PurposeLegalBasis(Purpose.Analytics, (LegalBasis)99)]
            [assembly: PurposeLegalBasis(Purpose.Analytics, LegalBasis.Consent, Condition = (SpecialCategoryCondition)99)]
            [assembly: Recipient("R", (RecipientKind)99)]
            [assembly: Recipient("S", RecipientKind.Public, Transfer = (TransferMechanism)99)]
            [assembly: Recipient("T", RecipientKind.Public, Purposes = new[] { (Purpose)99 })]
            [assembly: Retention((Category)99, "P1Y")]
            namespace N
            {
                public class C
                {
                    [PersonalData((Category)999, Purpose.Analytics)] public string A = "";
                    [PersonalData(Category.Email, (Purpose)77)] public string B = "";
                    [PersonalData(Category.Email, Purpose.Analytics, Subjects = (DataSubject)1024)] public string D = "";
                    [PersonalData(Category.Email, Purpose.Analytics, Source = (DataSource)50)] public string E = "";
                    [PersonalData(Category.Email, Purpose.Analytics)] public string Ok = "";

                    [ProcessingPurpose(Purpose.Analytics)]
                    public string Read() => A + B + Ok;
                }
            }
            """);
        Assert.Equal(["N.C.Ok"], output.Ids("dataItems"));
        Assert.Empty(output.Root.GetProperty("recipients").EnumerateArray());
        Assert.Empty(output.Root.GetProperty("retention").EnumerateArray());
        Assert.Empty(output.Purpose("Analytics").GetProperty("legalBases").EnumerateArray());
        Assert.Equal(["N.C.Ok"], output.Processing("N.C.Read").Strings("reads"));
        Assert.DoesNotContain("99", output.Json);
    }

    [Fact]
    public void Json_reader_round_trips_escapes_and_refuses_garbage()
    {
        Assert.True(Parsing.JsonReader.TryParse("{\"a\": \"q\\\"\\\\\\n\\u00e9\\ud83d\\ude00\", \"b\": [1, -2, 3.5, true, false, null, {}], \"c\": {}}", out var value));
        var root = Assert.IsType<Parsing.JsonObject>(value);
        Assert.Equal("q\"\\\né😀", root.String("a"));
        Assert.Equal(7, root.Array("b").Count);
        foreach (var garbage in new[] { "", "{", "{\"a\"}", "[1,]", "{\"a\": tru}", "\"unterminated", "{} x", new string('[', 1000) + new string(']', 1000), "{\"a\": \"\u0001\"}" })
        {
            Assert.False(Parsing.JsonReader.TryParse(garbage, out _), garbage);
        }
    }
}
