using NewsFacts.TextPipeline.Extraction;

namespace NewsFacts.TextPipeline.Tests;

public class TermSetTests
{
    [Fact]
    public void PrefixTermMatchesInflectedForms()
    {
        var set = new TermSet(["مسير*"]);
        var tokens = StageInput.Tokens("بمسيّرات والمسيرتين");
        set.MatchAt(tokens, 0).ShouldBe(1);
        set.MatchAt(tokens, 1).ShouldBe(1);
    }

    [Fact]
    public void LatinWordsAreMatchedThoughTheirOpeningSharesBitsWithArabicTerms()
    {
        // "gl" has the low bits of "هج" (U+0647 U+062C), the opening of هجوم: the bit filter lets both through.
        var set = new TermSet(["هجوم", "glock"]);
        set.MatchAt(StageInput.Tokens("Glock"), 0).ShouldBe(1);
        set.MatchAt(StageInput.Tokens("glow"), 0).ShouldBe(0);
        set.MatchAt(StageInput.Tokens("الهجوم"), 0).ShouldBe(1);
    }

    [Fact]
    public void AOneLetterTermMatchesOnlyItsLetterAndAOneLetterPrefixEveryWordItStarts()
    {
        var exact = new TermSet(["x", "هجوم"]);
        exact.MatchAt(StageInput.Tokens("x"), 0).ShouldBe(1);
        exact.MatchAt(StageInput.Tokens("xylophone"), 0).ShouldBe(0);
        var prefix = new TermSet(["x*", "هجوم"]);
        prefix.MatchAt(StageInput.Tokens("xylophone"), 0).ShouldBe(1);
        prefix.MatchAt(StageInput.Tokens("glow"), 0).ShouldBe(0);
    }

    [Fact]
    public void ExactTermDoesNotMatchALongerWord()
    {
        var set = new TermSet(["هجوم"]);
        set.MatchAt(StageInput.Tokens("هجومي"), 0).ShouldBe(0);
    }

    [Fact]
    public void MultiWordTermIsArticleInsensitiveAndFoldsSpelling()
    {
        var set = new TermSet(["عبوة ناسفة"]);
        set.MatchAt(StageInput.Tokens("بالعبوة الناسفة"), 0).ShouldBe(2);
    }

    [Fact]
    public void MultiWordTermDoesNotCrossAComma()
    {
        var set = new TermSet(["عبوة ناسفة"]);
        set.MatchAt(StageInput.Tokens("عبوة، ناسفة"), 0).ShouldBe(0);
    }

    [Fact]
    public void WholeWordTermMatchesItsIndefiniteAccusative()
    {
        var set = new TermSet(["هجوم", "عبوة ناسفة", "رتل"]);
        set.MatchAt(StageInput.Tokens("هجوما"), 0).ShouldBe(1);
        set.MatchAt(StageInput.Tokens("ورتلا"), 0).ShouldBe(1);
    }

    [Fact]
    public void ShortWordsAndTaaMarbutaTakeNoAccusativeAlef()
    {
        new TermSet(["لم"]).MatchAt(StageInput.Tokens("لما"), 0).ShouldBe(0);
        new TermSet(["ضربة"]).MatchAt(StageInput.Tokens("ضربها"), 0).ShouldBe(0);
        new TermSet(["هجوم*"]).MatchAt(StageInput.Tokens("هجوم"), 0).ShouldBe(1);
    }
}
