using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Lexicon;
using NewsFacts.TextPipeline.Model;
using static NewsFacts.TextPipeline.Model.PlacePrecision;

namespace NewsFacts.TextPipeline.Tests;

public class GazetteerMergerTests
{
    private static readonly PlaceEntry CuratedBalad = new("balad", "بلد", "Balad", City, "Iraq", 34.0, 44.1, [], LocativeAliases: ["بلد"]);

    private static PlaceEntry Town(string id, string[] aliases, string[]? locative = null) =>
        new(id, aliases.FirstOrDefault() ?? locative![0], "Town " + id, City, "Iraq", 35.0, 44.0, aliases, "iraq", locative ?? []);

    private static IReadOnlyList<PlaceEntry> Merge(PlaceEntry town, string[]? stop = null, string[]? locative = null) =>
        GazetteerMerger.Merge([CuratedBalad], TestLexicons.Actors, [town], stop ?? [], locative ?? []);

    private static PlaceEntry? Added(IReadOnlyList<PlaceEntry> places) => places.SingleOrDefault(p => p.FromGazetteer);

    [Fact]
    public void KeepsAnUnknownTownAsAPlainName()
    {
        var town = Added(Merge(Town("gn-1", ["داقوق"]))).ShouldNotBeNull();
        town.Aliases.ShouldBe(["داقوق"]);
        town.LocativeAliases.ShouldBeEmpty();
    }

    [Fact]
    public void CuratedNameWins() => Added(Merge(Town("gn-2", ["بلد"]))).ShouldBeNull();

    [Fact]
    public void CuratedNameWinsAcrossHamzaAndTehMarbuta() =>
        Added(GazetteerMerger.Merge([CuratedBalad with { Aliases = ["مدينة الحلة"] }], [], [Town("gn-3", ["مدينه الحله"])], [], [])).ShouldBeNull();

    [Fact]
    public void ActorNameWins() => Added(Merge(Town("gn-4", ["التحالف الدولي"]))).ShouldBeNull();

    [Fact]
    public void StopWordIsDroppedWithOrWithoutArticle() => Added(Merge(Town("gn-5", ["الخبر"]), stop: ["خبر"])).ShouldBeNull();

    [Fact]
    public void LocativeListedNameIsReadOnlyAfterAPlaceWord()
    {
        var town = Added(Merge(Town("gn-6", ["الباب"]), locative: ["الباب"])).ShouldNotBeNull();
        town.Aliases.ShouldBeEmpty();
        town.LocativeAliases.ShouldBe(["الباب"]);
    }

    [Fact]
    public void DictionaryWordFromTheScriptStaysLocative() =>
        Added(Merge(Town("gn-7", [], ["الطبقة"]))).ShouldNotBeNull().LocativeAliases.ShouldBe(["الطبقة"]);

    [Theory]
    [InlineData("قنا")]
    [InlineData("الهاشمية")]
    [InlineData("العباسي")]
    public void ShortNamesAndNisbasAreLocative(string name) =>
        Added(Merge(Town("gn-8", [name]))).ShouldNotBeNull().LocativeAliases.ShouldBe([name]);

    [Fact]
    public void TwoLetterNameIsDropped() => Added(Merge(Town("gn-9", ["إب"]))).ShouldBeNull();

    [Fact]
    public void GazetteerEnglishNameIsNotMatched()
    {
        var matcher = new LexiconMatcher(new Lexicons(TestLexicons.Actors, Merge(Town("gn-10", ["هيت"])), [], []));
        const string text = "Hit by a rocket near the base";
        matcher.Match(StageInput.Key(text), StageInput.Tokens(text)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("سقطت قذيفة في داقوق جنوب كركوك", "داقوق")]
    [InlineData("وصل الوفد إلى مدينة الباب صباحا", "الباب")]
    public void MatcherFindsGazetteerTowns(string text, string span)
    {
        var places = Merge(Town("gn-11", ["داقوق"]), locative: ["الباب"]).Concat([Town("gn-12", ["الباب"]) with { FromGazetteer = true, Aliases = [], LocativeAliases = ["الباب"] }]).ToList();
        var matcher = new LexiconMatcher(new Lexicons([], places, [], []));
        matcher.Match(StageInput.Key(text), StageInput.Tokens(text)).ShouldContain(m => m.IsPlace && m.Span.Text == span);
    }

    [Fact]
    public void LocativeTownIsNotMatchedAsACommonWord()
    {
        var places = new[] { Town("gn-13", [], ["الباب"]) with { FromGazetteer = true } };
        var matcher = new LexiconMatcher(new Lexicons([], places, [], []));
        const string text = "أغلق الباب أمام المفاوضات";
        matcher.Match(StageInput.Key(text), StageInput.Tokens(text)).ShouldBeEmpty();
    }

    [Fact]
    public void EmptyGazetteerKeepsTheCuratedPlaces() =>
        GazetteerMerger.Merge([CuratedBalad], [], [], [], []).ShouldBe([CuratedBalad]);

    private static readonly LexiconMatcher Shipped = new(RepoFiles.Lexicons);

    private static IEnumerable<LexiconMatch> ShippedPlaces(string text) =>
        Shipped.Match(StageInput.Key(text), StageInput.Tokens(text)).Where(m => m.IsPlace);

    [Theory]
    [InlineData("انفجرت عبوة ناسفة على طريق في قضاء داقوق", "داقوق")]
    [InlineData("سقطت قذيفتان قرب تلكيف شمال الموصل", "تلكيف")]
    [InlineData("زار المحافظ ناحية بامرني أمس", "بامرني")]
    public void ShippedGazetteerFindsTowns(string text, string span) =>
        ShippedPlaces(text).Select(m => m.Span.Text).ShouldContain(span);

    /// <summary>Words that are also GeoNames towns (بانه in Iran, آلاشهر in Turkey, الخبر in Saudi Arabia) are no places in prose.</summary>
    [Theory]
    [InlineData("أكد المسؤول بأنه لن يستقيل")]
    [InlineData("قد تتصاعد التوترات خلال الأشهر المقبلة")]
    [InlineData("نفى المتحدث الخبر جملة وتفصيلا")]
    [InlineData("لعب دورا كبيرا في الاتفاق")]
    [InlineData("أغلق الباب أمام المفاوضات")]
    public void ShippedGazetteerLeavesCommonWordsAlone(string text) => ShippedPlaces(text).ShouldBeEmpty();

    /// <summary>
    /// A gazetteer town places an attack told as one event when no curated place does (see ArticlePipeline), and never pulls
    /// one away from the place the text gives it.
    /// </summary>
    [Fact]
    public void GazetteerTownPlacesOnlyWhatNoCuratedPlaceDoes()
    {
        var places = GazetteerMerger.Merge(TestLexicons.Places, TestLexicons.Actors, [Town("gn-20", ["داقوق"])], [], []);
        var lexicons = TestLexicons.Fixture with { Places = places };
        var facts = TestLexicons.Run("قال مصدر أمني إن ثلاثة صواريخ كاتيوشا سقطت في داقوق صباح اليوم.\nولم تعلن أي جهة مسؤوليتها عن الهجوم.", lexicons);
        facts.Places.Select(p => p.PlaceId).ShouldContain("gn-20");
        facts.Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("gn-20");

        TestLexicons.Run("قال مدير ناحية داقوق إن ثلاثة صواريخ كاتيوشا سقطت على قاعدة كالسو صباح اليوم.", lexicons)
            .Incidents.ShouldHaveSingleItem().PlaceId.ShouldBe("kalsu");
    }
}
