using System;
using System.Linq;
using System.Reflection;
using Xunit;

namespace PrivacyAttributes.Tests.Attributes;

/// <summary>The attributes can be written exactly where the spec (section 3) says, and nowhere else.</summary>
public sealed class AttributeUsageTests
{
    private const AttributeTargets Member = AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Parameter;

    public static TheoryData<Type, AttributeTargets, bool> Usages => new()
    {
        { typeof(PersonalDataAttribute), Member | AttributeTargets.ReturnValue, false },
        {
            typeof(ProcessingPurposeAttribute),
            AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Assembly,
            false
        },
        { typeof(PurposeLegalBasisAttribute), AttributeTargets.Assembly, true },
        { typeof(DataControllerAttribute), AttributeTargets.Assembly, false },
        { typeof(RecipientAttribute), AttributeTargets.Assembly, true },
        { typeof(RetentionAttribute), AttributeTargets.Assembly, true },
        { typeof(SharesWithAttribute), AttributeTargets.Method | AttributeTargets.Class, true },
        { typeof(AnonymizesAttribute), AttributeTargets.Method, false },
        { typeof(NotPersonalDataAttribute), Member, false },
        { typeof(DataSinkAttribute), AttributeTargets.Method | AttributeTargets.Parameter, false },
    };

    [Theory]
    [MemberData(nameof(Usages))]
    public void Attribute_targets_and_multiplicity_match_the_spec(Type attribute, AttributeTargets targets, bool allowMultiple)
    {
        var usage = attribute.GetCustomAttribute<AttributeUsageAttribute>();
        Assert.NotNull(usage);
        Assert.Equal(targets, usage!.ValidOn);
        Assert.Equal(allowMultiple, usage.AllowMultiple);
        Assert.True(attribute.IsSealed, $"{attribute.Name} should be sealed: attribute lookup is faster and nobody should derive from it");
    }

    [Fact]
    public void Every_public_attribute_is_covered_by_the_usage_table()
    {
        var attributes = typeof(PersonalDataAttribute).Assembly.GetExportedTypes()
            .Where(type => typeof(Attribute).IsAssignableFrom(type))
            .Select(type => type.Name)
            .OrderBy(name => name, StringComparer.Ordinal);
        var covered = Usages.Select(row => ((Type)row[0]).Name).OrderBy(name => name, StringComparer.Ordinal);
        Assert.Equal(covered, attributes);
    }

    [Fact]
    public void Constructor_arguments_are_kept()
    {
        var personalData = new PersonalDataAttribute(Category.Email, Purpose.AccountManagement, Purpose.DirectMarketing);
        Assert.Equal(Category.Email, personalData.Category);
        Assert.Equal([Purpose.AccountManagement, Purpose.DirectMarketing], personalData.Purposes);
        Assert.Equal(DataSource.DataSubject, personalData.Source);
        Assert.Equal(DataSubject.None, personalData.Subjects);

        Assert.Empty(new PersonalDataAttribute(Category.Email, null!).Purposes);
        Assert.Empty(new ProcessingPurposeAttribute(null!).Purposes);

        var basis = new PurposeLegalBasisAttribute(Purpose.Analytics, LegalBasis.LegitimateInterests);
        Assert.Equal((Purpose.Analytics, LegalBasis.LegitimateInterests, SpecialCategoryCondition.None), (basis.Purpose, basis.Basis, basis.Condition));

        var recipient = new RecipientAttribute("Salesforce", RecipientKind.ServiceProvider);
        Assert.Equal(("Salesforce", RecipientKind.ServiceProvider, TransferMechanism.None), (recipient.Name, recipient.Kind, recipient.Transfer));

        var retention = new RetentionAttribute(Category.AccessLog, "P30D");
        Assert.Equal((Category.AccessLog, "P30D"), (retention.Category, retention.Period));

        Assert.Equal("Stripe", new SharesWithAttribute("Stripe").Recipient);
        Assert.Equal(SinkKind.Telemetry, new DataSinkAttribute(SinkKind.Telemetry).Kind);
        Assert.Equal("Example Ltd", new DataControllerAttribute("Example Ltd").Name);
    }

    [Fact]
    public void Data_subject_is_a_flags_enum_with_distinct_bits()
    {
        Assert.NotNull(typeof(DataSubject).GetCustomAttribute<FlagsAttribute>());
        var values = Enum.GetValues<DataSubject>().Where(value => value != DataSubject.None).Select(value => (int)value).ToArray();
        Assert.All(values, value => Assert.True((value & (value - 1)) == 0, $"{(DataSubject)value} is not a single bit"));
        Assert.Equal(values.Length, values.Distinct().Count());
    }

    [Fact]
    public void The_attribute_assembly_targets_netstandard20_and_has_no_dependencies()
    {
        var assembly = typeof(PersonalDataAttribute).Assembly;
        var framework = assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
        Assert.Equal(["netstandard"], assembly.GetReferencedAssemblies().Select(reference => reference.Name));
    }
}
