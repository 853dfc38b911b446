using System;
using System.Globalization;
using System.Linq;
using PrivacyAttributes.Generators.Tests.Infrastructure;

namespace PrivacyAttributes.Generators.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Shuffled_files_and_other_cultures_give_byte_identical_output()
    {
        var files = SampleSources.Shop.ToArray();
        var expected = GeneratorHarness.Run("Shop", files).Json;
        Assert.NotNull(expected);

        var random = new Random(42);
        var original = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "en-US" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                var shuffled = files.OrderBy(_ => random.Next()).ToArray();
                Assert.Equal(expected, GeneratorHarness.Run("Shop", shuffled).Json);
                Assert.Equal(expected, GeneratorHarness.Run("Shop", shuffled.Reverse()).Json);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = original;
        }
    }
}
