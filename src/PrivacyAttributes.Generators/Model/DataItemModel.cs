using PrivacyAttributes.Roslyn;

namespace PrivacyAttributes.Generators.Model
{
    /// <summary>What kind of member a data item is (<c>dataItems[].memberKind</c>).</summary>
    internal enum DataMemberKind
    {
        /// <summary>A field.</summary>
        Field,

        /// <summary>A property, including a record's positional property.</summary>
        Property,

        /// <summary>A method, constructor or primary-constructor parameter.</summary>
        Parameter,

        /// <summary>A method's return value.</summary>
        ReturnValue,
    }

    /// <summary>Where a data item's retention period comes from (<c>dataItems[].retention.origin</c>).</summary>
    internal enum RetentionOrigin
    {
        /// <summary><c>PersonalData.Retention</c> on the member.</summary>
        Member,

        /// <summary>The <c>[assembly: Retention]</c> of the member's category.</summary>
        Category,
    }

    /// <summary>The retention of one data item.</summary>
    internal sealed record RetentionModel(string Period, RetentionOrigin Origin, string? Reason);

    /// <summary>
    /// One annotated member. For this assembly's members <see cref="File"/> is the path as the
    /// compiler sees it and <see cref="Retention"/> only the member's own, until
    /// <c>InventoryBuilder</c> makes the path relative and adds the category default; members read
    /// from a referenced inventory arrive complete.
    /// </summary>
    internal sealed record DataItemModel(
        string Id,
        string Assembly,
        string File,
        int Line,
        string Type,
        string Member,
        DataMemberKind MemberKind,
        Category Category,
        EquatableArray<Purpose> Purposes,
        DataSubject Subjects,
        DataSource Source,
        RetentionModel? Retention,
        bool Required,
        EquatableArray<string> SharedWith,
        string? Description);
}
