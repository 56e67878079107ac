using NewsFacts.TextPipeline.Search;

namespace NewsFacts.TextPipeline.Tests;

public class SnippetBuilderTests
{
    private const string Sentence = "وقال مسؤول عسكري عراقي إن أنظمة الدفاع الجوي أسقطت طائرة مسيّرة بالقرب من محيط القاعدة.";

    [Fact]
    public void HighlightsEveryVariantOfTheSearchedStem()
    {
        var terms = SearchAnalyzer.AnalyzeQuery("المسيرات").Clauses.SelectMany(c => c.Terms).ToList();
        var snippet = SnippetBuilder.Build(Sentence, terms).ShouldNotBeNull();
        snippet.Highlights.Count.ShouldBe(1);
        var (start, end) = snippet.Highlights[0];
        snippet.Text[start..end].ShouldBe("مسيّرة");
    }

    [Fact]
    public void NoHitGivesNoSnippet() =>
        SnippetBuilder.Build(Sentence, SearchAnalyzer.Terms("الخرطوم").ToList()).ShouldBeNull();

    [Fact]
    public void CutsALongTextAroundTheFirstHitAtWordBoundaries()
    {
        var text = string.Join(" ", Enumerable.Repeat("كلمة", 100)) + " " + Sentence + " " + string.Join(" ", Enumerable.Repeat("كلمة", 100));
        var snippet = SnippetBuilder.Build(text, SearchAnalyzer.Terms("الدفاع").ToList()).ShouldNotBeNull();
        snippet.Text.ShouldStartWith("…كلمة");
        snippet.Text.ShouldEndWith("كلمة…");
        snippet.Text.Length.ShouldBeLessThan(2 * SnippetBuilder.Context + 40);
        var (start, end) = snippet.Highlights.ShouldHaveSingleItem();
        snippet.Text[start..end].ShouldBe("الدفاع");
    }
}
