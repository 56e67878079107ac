using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.TextPipeline.Tests;

public class SpellingVariantsTests
{
    private static readonly SpellingVariants Table = new(["أمريك أميرك", "* بنتاغون", "كردستان كوردستان", "ميليشي ميلشي مليشي"]);

    private static string Written(string word) => Table.Canonical(ArabicNormalizer.Fold(word));

    [Theory]
    [InlineData("الأميركية", "الامريكيه")]
    [InlineData("والأميركيين", "والامريكيين")]
    [InlineData("أميركا", "امريكا")]
    [InlineData("كوردستان", "كردستان")]
    [InlineData("بالميلشيات", "بالميليشيات")]
    [InlineData("مليشيا", "ميليشيا")]
    public void AVariantStemIsReadAsTheTableWritesIt(string word, string written) => Written(word).ShouldBe(written);

    [Theory]
    [InlineData("البنتاجون", "البنتاغون")]
    [InlineData("للبنتاكون", "للبنتاغون")]
    [InlineData("البنتغون", "البنتاغون")]
    public void AForeignNameTakesEveryGAndALongVowelWrittenOrNot(string word, string written) => Written(word).ShouldBe(written);

    [Theory]
    [InlineData("الامريكيه")]
    [InlineData("الجيش")]
    [InlineData("مركز")]
    [InlineData("Pentagon 2024")]
    [InlineData("")]
    public void OtherWordsAreUntouched(string word) => Table.Canonical(word).ShouldBe(word);

    [Fact]
    public void AVariantInsideAWordIsNotRead() => Table.Canonical("مستاميرك").ShouldBe("مستاميرك");

    [Fact]
    public void ReadingIsIdempotent() => Table.Canonical(Written("الأميركية")).ShouldBe(Written("الأميركية"));

    [Fact]
    public void NativeWordsGetNoForeignRules() => new SpellingVariants(["غرب"]).Count.ShouldBe(0);

    [Fact]
    public void TheMatcherFindsANameInAnotherSpelling()
    {
        var lexicons = new Lexicons([new ActorEntry("pentagon", "البنتاغون", "Pentagon", ActorKind.Government, ["وزارة الدفاع الأمريكية"])], [], [], [])
        {
            Variants = Table,
        };
        var matcher = new LexiconMatcher(lexicons);
        foreach (var text in new[] { "وقال البنتاجون إن", "أعلنت وزارة الدفاع الأميركية" })
        {
            matcher.Match(StageInput.Key(text), StageInput.Tokens(text)).ShouldHaveSingleItem().Id.ShouldBe("pentagon", text);
        }
    }

    [Fact]
    public void SearchTermsOfTwoSpellingsAgree()
    {
        SearchAnalyzer.Terms("الأميركية", Table).ShouldBe(SearchAnalyzer.Terms("الامريكية", Table));
        SearchAnalyzer.IndexText("قال البنتاجون", Table).ShouldBe(SearchAnalyzer.IndexText("قال البنتاغون", Table));
        SearchAnalyzer.AnalyzeQuery("كوردستان", Table).ToFts5Match().ShouldBe(SearchAnalyzer.AnalyzeQuery("كردستان", Table).ToFts5Match());
    }

    [Fact]
    public void SnippetsHighlightAnotherSpelling()
    {
        var terms = SearchAnalyzer.Terms("الامريكية", Table);
        SnippetBuilder.Build("انسحبت القوات الأميركية من القاعدة", terms.ToList(), Table).ShouldNotBeNull().Highlights.ShouldHaveSingleItem();
    }

    [Fact]
    public void TheShippedTableIsRead() => RepoFiles.Lexicons.Variants.Canonical("البنتاجون").ShouldBe("البنتاغون");
}
