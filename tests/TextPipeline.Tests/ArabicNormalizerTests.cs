using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

public class ArabicNormalizerTests
{
    [Fact]
    public void FoldsAlefWithHamzaAbove() => ArabicNormalizer.Fold("الأميركية").ShouldBe("الاميركيه");

    [Fact]
    public void DropsShaddaFromMatchKey() => ArabicNormalizer.Fold("مسيّرتين").ShouldBe("مسيرتين");

    [Fact]
    public void MapsKeySpanBackToDisplayIncludingTrailingDiacritics()
    {
        var key = ArabicNormalizer.ToMatchKey("طائرتين مسيّرتين");
        var at = key.Key.IndexOf("مسيرتين", StringComparison.Ordinal);
        key.ToDisplaySpan(at, "مسيرتين".Length).Text.ShouldBe("مسيّرتين");
    }
}
