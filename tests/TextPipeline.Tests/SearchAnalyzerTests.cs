using NewsFacts.TextPipeline.Search;

namespace NewsFacts.TextPipeline.Tests;

public class SearchAnalyzerTests
{
    [Fact]
    public void TermsAreFoldedStemmedAndStopwordsDropped() =>
        SearchAnalyzer.Terms("أسقطت الدفاعات الجوية طائرتين مسيّرتين في قاعدة عين الأسد.")
            .ShouldBe(["اسقطت", "دفاع", "جوي", "طاير", "مسير", "قاعد", "عين", "اسد"]);

    [Fact]
    public void TokenizerSplitsOnAnyPunctuation() =>
        SearchAnalyzer.Terms("العراق:هجومان،(داعش)“الحشد”").ShouldBe(["عراق", "هجوم", "داعش", "حشد"]);

    [Fact]
    public void DigitsAndLatinSurvive() => SearchAnalyzer.Terms("نحو 2500 جندي KH").ShouldBe(["نحو", "2500", "جند", "kh"]);

    [Fact]
    public void IndexTextJoinsTerms() => SearchAnalyzer.IndexText("بالمسيرات المفخخة").ShouldBe("مسير مفخخ");

    [Fact]
    public void EmptyTextHasNoTerms() => SearchAnalyzer.Terms("").ShouldBeEmpty();

    [Fact]
    public void QueryWordsAreAndedAndQuoted()
    {
        var query = SearchAnalyzer.AnalyzeQuery("مسيرات عين الأسد");
        query.Clauses.Count.ShouldBe(3);
        query.ToFts5Match().ShouldBe("\"مسير\" AND \"عين\" AND \"اسد\"");
    }

    [Fact]
    public void QuotedPhraseIsOneClause()
    {
        var query = SearchAnalyzer.AnalyzeQuery("\"قاعدة عين الأسد\" صواريخ");
        query.Clauses[0].IsPhrase.ShouldBeTrue();
        query.Clauses[0].Terms.ShouldBe(["قاعد", "عين", "اسد"]);
        query.ToFts5Match().ShouldBe("\"قاعد عين اسد\" AND \"صواريخ\"");
    }

    [Fact]
    public void ArabicQuotesMakeAPhraseToo() =>
        SearchAnalyzer.AnalyzeQuery("«عين الأسد»").ToFts5Match().ShouldBe("\"عين اسد\"");

    [Fact]
    public void OrJoinsTwoClauses()
    {
        var query = SearchAnalyzer.AnalyzeQuery("مسيرة OR صاروخ قاعدة");
        query.Clauses[1].OrWithPrevious.ShouldBeTrue();
        query.ToFts5Match().ShouldBe("\"مسير\" OR \"صاروخ\" AND \"قاعد\"");
    }

    [Fact]
    public void LowercaseOrIsAWordAndDanglingOrIsIgnored()
    {
        SearchAnalyzer.AnalyzeQuery("OR drone or").ToFts5Match().ShouldBe("\"drone\" AND \"or\"");
        SearchAnalyzer.AnalyzeQuery("مسيرة OR").ToFts5Match().ShouldBe("\"مسير\"");
    }

    [Theory]
    [InlineData("عين* NEAR(الأسد) col:قاعدة")]
    [InlineData("^عين -الأسد + قاعدة")]
    [InlineData("عين AND الأسد NOT قاعدة")]
    public void Fts5SyntaxFromTheUserNeverReachesMatch(string q)
    {
        var match = SearchAnalyzer.AnalyzeQuery(q).ToFts5Match();
        var unquoted = string.Concat(match.Split('"').Where((_, i) => i % 2 == 0));
        unquoted.Replace("AND", "").Replace("OR", "").Trim().ShouldBeEmpty();
        match.ShouldNotContain("*");
        match.ShouldNotContain(":");
    }

    [Fact]
    public void NormalizedIsTheFoldedQuery() =>
        SearchAnalyzer.AnalyzeQuery("  قاعدة   عين الأسد ").Normalized.ShouldBe("قاعده عين الاسد");

    [Fact]
    public void UnbalancedQuoteThrows() =>
        Should.Throw<ArgumentException>(() => SearchAnalyzer.AnalyzeQuery("\"قاعدة عين الأسد")).Message.ShouldContain("quote");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("OR")]
    [InlineData("في من على")]
    [InlineData("*** :: ()")]
    [InlineData("\"\"")]
    public void QueryWithoutTermsThrows(string q) =>
        Should.Throw<ArgumentException>(() => SearchAnalyzer.AnalyzeQuery(q)).Message.ShouldContain("no searchable");

    [Fact]
    public void QueryAndDocumentMeetOnTheSameTerms()
    {
        var index = SearchAnalyzer.IndexText("وأسقطت الدفاعات الجوية طائرتين مسيّرتين قرب القاعدة");
        var query = SearchAnalyzer.AnalyzeQuery("مسيرة القاعدة");
        query.Clauses.ShouldAllBe(c => index.Split(' ', StringSplitOptions.None).Contains(c.Terms[0]));
    }
}

/// <summary>IndexText reads words as spans with a shared term memory; it must give what joining <see cref="SearchAnalyzer.Terms"/> gives.</summary>
public class SearchIndexTextTests
{
    [Theory]
    [MemberData(nameof(RepoFiles.SeedIds), MemberType = typeof(RepoFiles))]
    public void Is_the_terms_of_the_text_joined_by_spaces(string sample)
    {
        var text = RepoFiles.Sample(sample);
        // Twice: the second time every word's term comes from the memory.
        SearchAnalyzer.IndexText(text).ShouldBe(string.Join(' ', SearchAnalyzer.Terms(text)));
        SearchAnalyzer.IndexText(text).ShouldBe(string.Join(' ', SearchAnalyzer.Terms(text)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("في من إلى")]
    [InlineData("  هجومٌ بالطائراتِ المسيّرة، على قاعدة عين الأسد 2024!")]
    public void Handles_empty_stopword_only_and_marked_text(string text) =>
        SearchAnalyzer.IndexText(text).ShouldBe(string.Join(' ', SearchAnalyzer.Terms(text)));
}
