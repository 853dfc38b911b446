using System;
using System.Linq;

namespace PrivacyAttributes.Inventory.Tests;

/// <summary>EnumOrdering replaces LINQ in the renderer, so it must give LINQ's order exactly.</summary>
public sealed class EnumOrderingTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Distinct_ascending_is_distinct_then_order(int seed)
    {
        var values = RandomCategories(seed, 200);

        Assert.Equal(values.Distinct().Order(), values.DistinctAscending());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Groups_are_linq_groups_in_key_order_with_members_in_input_order(int seed)
    {
        // Each item is unique, so the comparison sees whether members kept their input order.
        var items = RandomCategories(seed, 300).Select((category, index) => (Category: category, Index: index)).ToList();

        var expected = items.GroupBy(item => item.Category).OrderBy(group => group.Key).Select(group => (group.Key, Members: group.ToList())).ToList();
        var actual = items.GroupAscending(item => item.Category).Select(group => (group.Key, Members: group.ToList())).ToList();

        Assert.Equal(expected.Select(group => group.Key), actual.Select(group => group.Key));
        for (var index = 0; index < expected.Count; index++)
        {
            Assert.Equal(expected[index].Members, actual[index].Members);
        }
    }

    [Fact]
    public void Order_ascending_is_a_stable_order_by()
    {
        var items = RandomCategories(7, 300).Select((category, index) => (Category: category, Index: index)).ToList();

        Assert.Equal(items.OrderBy(item => item.Category), items.OrderAscending(item => item.Category));
    }

    [Fact]
    public void Negative_and_undefined_values_sort_as_linq_sorts_them()
    {
        Category[] values = [(Category)(-3), (Category)int.MaxValue, Category.Email, (Category)(-3), (Category)int.MinValue];

        Assert.Equal(values.Distinct().Order(), values.DistinctAscending());
    }

    /// <summary>EnumOrdering reads every key as an <see cref="int"/>: each enumeration the renderer orders by must be one.</summary>
    [Theory]
    [InlineData(typeof(Category))]
    [InlineData(typeof(DataSource))]
    [InlineData(typeof(DataSubject))]
    [InlineData(typeof(Purpose))]
    [InlineData(typeof(RecipientKind))]
    [InlineData(typeof(LegalBasis))]
    [InlineData(typeof(SpecialCategoryCondition))]
    public void Ordered_enumerations_are_int_enumerations(Type enumeration)
    {
        Assert.Equal(typeof(int), Enum.GetUnderlyingType(enumeration));
    }

    private static Category[] RandomCategories(int seed, int count)
    {
        var random = new Random(seed);
        var defined = Enum.GetValues<Category>();
        return Enumerable.Range(0, count).Select(_ => defined[random.Next(Math.Min(defined.Length, 12))]).ToArray();
    }
}
