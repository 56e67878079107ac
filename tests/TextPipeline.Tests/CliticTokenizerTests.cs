using NewsFacts.TextPipeline.Extraction;

namespace NewsFacts.TextPipeline.Tests;

public class CliticTokenizerTests
{
    [Fact]
    public void QuotesInsideANameDoNotBreakIt()
    {
        var tokens = StageInput.Tokens("كتائب “حزب الله” و«كتائب حزب الله»");
        tokens.Select(t => t.Text).ShouldBe(["كتايب", "حزب", "الله", "و", "كتايب", "حزب", "الله"]);
        tokens.ShouldAllBe(t => !t.BreakBefore);
    }

    [Fact]
    public void CommaAndPeriodBreakTheNextWord()
    {
        var tokens = StageInput.Tokens("بغداد، واشنطن. طهران");
        tokens.Select(t => t.BreakBefore).ShouldBe([false, true, true]);
    }

    [Fact]
    public void DigitsAreWords() => StageInput.Tokens("نحو ٢٥٠٠ عسكري").Select(t => t.Text).ShouldBe(["نحو", "2500", "عسكري"]);

    [Fact]
    public void EmptyKeyHasNoTokens() => CliticTokenizer.Tokenize("").ShouldBeEmpty();
}
