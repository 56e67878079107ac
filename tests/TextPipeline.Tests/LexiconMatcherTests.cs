using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class LexiconMatcherTests
{
    private static readonly LexiconMatcher Matcher = new(TestLexicons.Fixture);

    private static IReadOnlyList<LexiconMatch> Match(string text) => Matcher.Match(StageInput.Key(text), StageInput.Tokens(text));

    [Theory]
    [InlineData("تعهدت كتائب “حزب الله” بالرد", "kataib-hezbollah", "كتائب “حزب الله")]
    [InlineData("أعلنت «كتائب حزب الله» مسؤوليتها", "kataib-hezbollah", "كتائب حزب الله")]
    [InlineData("ونفت KH أنها أصدرت بيانا", "kataib-hezbollah", "KH")]
    [InlineData("والحشد الشعبي يرد", "pmf", "الحشد الشعبي")]
    [InlineData("قصف مواقع تابعة للحشد الشعبي", "pmf", "للحشد الشعبي")]
    public void FindsActorsThroughCliticsQuotesAndAbbreviations(string text, string id, string span)
    {
        var match = Match(text).ShouldHaveSingleItem();
        match.IsPlace.ShouldBeFalse();
        match.Id.ShouldBe(id);
        match.Span.Text.ShouldBe(span);
    }

    private static readonly LexiconMatcher Shipped = new(RepoFiles.Lexicons);

    private static IReadOnlyList<LexiconMatch> MatchShipped(string text) => Shipped.Match(StageInput.Key(text), StageInput.Tokens(text));

    /// <summary>
    /// A description of the Iran-backed groups is found in any of the shapes its name patterns give (a group noun, an
    /// adjective or two, a word of backing, Iran), not only the spellings listed; a group with no backer named is none.
    /// </summary>
    [Theory]
    [InlineData("اتهمت واشنطن جماعات متشددة مدعومة من إيران بالهجوم", "جماعات متشددة مدعومة من إيران")]
    [InlineData("اتهمت واشنطن الفصائل الشيعية المسلحة المتحالفة مع طهران بالهجوم", "الفصائل الشيعية المسلحة المتحالفة مع طهران")]
    [InlineData("اتهمت واشنطن مسلحين عراقيين موالين لإيران بالهجوم", "مسلحين عراقيين موالين لإيران")]
    [InlineData("اتهمت واشنطن جماعات متشددة تنشط في المنطقة بالهجوم", null)]
    public void FindsTheIranBackedGroupsInTheShapesOfTheirDescription(string text, string? span)
    {
        var found = MatchShipped(text).Where(m => m.Id == "iran-backed-militias").Select(m => m.Span.Text).ToList();
        if (span is null)
        {
            found.ShouldBeEmpty();
        }
        else
        {
            found.ShouldBe([span]);
        }
    }

    /// <summary>A hyphen written onto a word joins it to the next in a name; a comma does not.</summary>
    [Theory]
    [InlineData("قصفت الطائرات مواقع على الحدود العراقية- السورية فجر اليوم", true)]
    [InlineData("قصفت الطائرات مواقع على الحدود العراقية-السورية فجر اليوم", true)]
    [InlineData("قصفت الطائرات مواقع على الحدود العراقية، السورية فجر اليوم", false)]
    public void AHyphenJoinsTheWordsOfAName(string text, bool border) =>
        MatchShipped(text).Any(m => m.IsPlace && m.Id == "iraq-syria-border").ShouldBe(border);

    /// <summary>A name several actors share (sharedNames) is the one the article's other names, else its places, point to.</summary>
    [Theory]
    [InlineData("أعلنت المقاومة الإسلامية استهداف قاعدة عين الأسد في الأنبار بطائرة مسيرة.", "islamic-resistance-in-iraq")]
    [InlineData("قصفت المقاومة الإسلامية موقعا عسكريا قرب الحدود جنوب لبنان بصاروخ موجه.", "hezbollah")]
    // Its own full name elsewhere in the article outweighs a place in another country.
    [InlineData("وقالت المقاومة الإسلامية في العراق إنها ستواصل عملياتها. وأكدت المقاومة الإسلامية أن وفدا زار بيروت.", "islamic-resistance-in-iraq")]
    public void ASharedNameIsTheActorTheArticlePointsTo(string text, string id) =>
        MatchShipped(text).Where(m => !m.IsPlace).Select(m => m.Id).Distinct().ShouldBe([id]);

    [Theory]
    // No place and no other name: no ground to choose, so no actor.
    [InlineData("قال المتحدث إن المقاومة الإسلامية قادرة على الرد في أي وقت.")]
    // Places in countries of both, equally: still no ground.
    [InlineData("قالت المقاومة الإسلامية إن قصف بغداد وبيروت لن يمر دون رد.")]
    public void ASharedNameWithNoGroundIsNoOnesName(string text) =>
        MatchShipped(text).Where(m => !m.IsPlace).ShouldBeEmpty();

    /// <summary>A name that is also a common word (locativeAliases) is the place right after a word of place.</summary>
    [Theory]
    [InlineData("غارة على مقر للحشد في القائم", "al-qaim", "القائم")]
    [InlineData("وفي القائم استهدفت غارة مقرا", "al-qaim", "القائم")]
    [InlineData("قصفت طائرة مسيرة موقعا قرب حديثة", "haditha", "حديثة")]
    [InlineData("سقطت قذائف شرق تدمر", "palmyra", "تدمر")]
    [InlineData("انفجرت عبوة ناسفة على طريق حديثة", "haditha", "حديثة")]
    [InlineData("وصلت التعزيزات إلى ريف حماة عبر ضواحي حماة", "hama", "حماة")]
    // على after an attack word in its phrase aims at a place.
    [InlineData("شن الطيران غارتين على القائم فجر اليوم", "al-qaim", "القائم")]
    [InlineData("وقع هجوم صاروخي على حديثة", "haditha", "حديثة")]
    public void ACommonWordNameIsThePlaceAfterAWordOfPlace(string text, string id, string span) =>
        MatchShipped(text).Where(m => m.Id == id).Select(m => m.Span.Text).ShouldContain(span);

    [Theory]
    [InlineData("التقى الوزير القائم بالأعمال الأمريكي")]
    [InlineData("أدلى المتحدث بتصريحات حديثة عن الهجوم")]
    [InlineData("على المدى القصير")]
    [InlineData("قال إن الطائرة تدمر الأهداف")]
    [InlineData("سيارة هجين تعمل بالكهرباء")]
    [InlineData("اعتمد الجيش طرق حديثة في التدريب")]
    // على with no attack word before it, or one across a comma, is no place word.
    [InlineData("حصلت الوكالة على حديثة من الصور")]
    [InlineData("بعد الهجوم، حرص الوزير على حديثة التقارير")]
    public void ACommonWordNameAloneIsNoPlace(string text) =>
        MatchShipped(text).ShouldAllBe(m => !m.IsPlace);

    [Fact]
    public void FindsAnAliasWhoseFirstWordIsOneLetter()
    {
        // Names are turned away by their first two letters; an alias opening with a single letter has none to check.
        var lexicons = new Lexicons([new ActorEntry("lt-1", "لواء ت 1", "Brigade T-1", ActorKind.ArmedGroup, ["T 1"])], [], [], []);
        var matcher = new LexiconMatcher(lexicons);
        matcher.Match(StageInput.Key("أعلن T 1 مسؤوليته"), StageInput.Tokens("أعلن T 1 مسؤوليته")).ShouldHaveSingleItem().Id.ShouldBe("lt-1");
        matcher.Match(StageInput.Key("أعلن T 2 مسؤوليته"), StageInput.Tokens("أعلن T 2 مسؤوليته")).ShouldBeEmpty();
    }

    [Fact]
    public void StripsTheCliticFromThePlaceSpan()
    {
        var match = Match("انتشار القوات بالعراق").Single(m => m.IsPlace);
        match.Id.ShouldBe("iraq");
        match.Span.Text.ShouldBe("العراق");
    }

    [Fact]
    public void LongestAliasWins() =>
        Match("استهدفت قاعدة عين الأسد الجوية").ShouldHaveSingleItem().Id.ShouldBe("ain-al-asad");

    [Fact]
    public void MatchesAWordWithoutItsArticle() =>
        Match("سقط صاروخ داخل قاعدة عين أسد").ShouldHaveSingleItem().Id.ShouldBe("ain-al-asad");

    /// <summary>The noun of a construct dual opens both names: قاعدتي حرير وعين الأسد، مطاري أربيل وبغداد.</summary>
    [Theory]
    [InlineData("استهدفت الفصائل قاعدتي عين الأسد وحرير", "ain-al-asad", "harir-air-base", "حرير")]
    [InlineData("سقطت صواريخ على مطاري أربيل وبغداد", "erbil-international-airport", "baghdad-international-airport", "بغداد")]
    [InlineData("استهدفت الفصائل قاعدتي حرير وأربيل", "harir-air-base", "erbil-air-base", "أربيل")]
    public void AConstructDualsNounOpensTheNameAfterWaw(string text, string first, string second, string secondText)
    {
        var places = MatchShipped(text).Where(m => m.IsPlace).ToList();
        places.Select(m => m.Id).ShouldBe([first, second]);
        places[1].Span.Text.ShouldBe(secondText);
    }

    /// <summary>
    /// Without the dual the name after و is itself (a base and its town); the dual's noun opens one name after it, not
    /// a third; and a dual with no name after it (قاعدتي "my base") names nothing.
    /// </summary>
    [Theory]
    [InlineData("استهدفت الفصائل قاعدة حرير وأربيل", "harir-air-base", "erbil")]
    [InlineData("استهدفت الفصائل قاعدتي حرير وعين الأسد والأنبار", "harir-air-base", "ain-al-asad", "anbar")]
    [InlineData("قال إن قاعدتي العسكرية بعيدة عن الحدود")]
    public void ADualsNounOpensOnlyTheNameRightAfterIt(string text, params string[] places) =>
        MatchShipped(text).Where(m => m.IsPlace).Select(m => m.Id).ShouldBe(places);

    [Fact]
    public void CityAfterAPrepositionIsThePlace()
    {
        var match = Match("وصل الوفد إلى واشنطن لمواصلة المحادثات").ShouldHaveSingleItem();
        match.IsPlace.ShouldBeTrue();
        match.Id.ShouldBe("washington");
    }

    [Fact]
    public void CityInADatelineIsThePlace() =>
        Match("واشنطن – قال مسؤولون").ShouldHaveSingleItem().IsPlace.ShouldBeTrue();

    [Fact]
    public void CapitalsThatActAreGovernments()
    {
        var matches = Match("وكانت واشنطن وبغداد بدأتا محادثات");
        matches.Select(m => (m.Id, m.IsPlace)).ShouldBe([("us-government", false), ("iraq-government", false)]);
    }

    /// <summary>
    /// A noun of a place's surroundings or its sky (محيط، أطراف، سماء), or على after an attack word, makes a capital that
    /// also names its government the place; not when it names the one a militia is loyal to.
    /// </summary>
    [Theory]
    [InlineData("سقطت ثلاثة صواريخ في محيط دمشق", "دمشق", true)]
    [InlineData("دوت انفجارات في سماء طهران", "طهران", true)]
    [InlineData("شنت الطائرات غارات على أطراف بغداد", "بغداد", true)]
    [InlineData("نفذت الطائرات غارة على دمشق فجر اليوم", "دمشق", true)]
    [InlineData("رفضت دمشق الاتهامات", "دمشق", false)]
    [InlineData("تصاعد التوتر بين الغرب وطهران", "طهران", false)]
    [InlineData("ردت الفصائل الموالية لطهران على الهجوم", "طهران", false)]
    public void ACapitalAfterAWordOfItsSurroundingsIsThePlace(string text, string name, bool place) =>
        ReadAsPlace(text, name).ShouldBe(place);

    [Fact]
    public void AStateAfterAnAffiliationWordIsTheActor() =>
        Match("الميليشيات الموالية لطهران").Single(m => m.Span.Text.Contains("طهران")).IsPlace.ShouldBeFalse();

    [Fact]
    public void MediaShortNameNeedsAMediaWordBeforeIt()
    {
        var lexicons = TestLexicons.Fixture with { Actors = [new ActorEntry("al-arabiya", "قناة العربية", "Al Arabiya", ActorKind.Media, [])] };
        var matcher = new LexiconMatcher(lexicons);
        const string reporter = "أفاد مراسل العربية";
        const string adjective = "اللغة العربية";
        matcher.Match(StageInput.Key(reporter), StageInput.Tokens(reporter)).ShouldHaveSingleItem().Id.ShouldBe("al-arabiya");
        matcher.Match(StageInput.Key(adjective), StageInput.Tokens(adjective)).ShouldBeEmpty();
    }

    private static bool? ReadAsPlace(string text, string name) =>
        MatchShipped(text).FirstOrDefault(m => m.Span.Text.EndsWith(name, StringComparison.Ordinal))?.IsPlace;

    /// <summary>A state or capital in a list with a place is a place: the list names one kind of thing.</summary>
    [Theory]
    [InlineData("تضم المنطقة الحدودية العراق وسوريا والأردن", "الأردن")]
    [InlineData("يقع المثلث بين ثلاث دول (العراق، سورية، الأردن) على طريق التجارة", "الأردن")]
    [InlineData("وصلت العاصفة إلى الكويت وبغداد ومدن أخرى", "بغداد")]
    public void AStateInAListWithAPlaceIsAPlace(string text, string name) => ReadAsPlace(text, name).ShouldBe(true);

    /// <summary>The place may end the list: the reading carries back through every name joined to it.</summary>
    [Fact]
    public void AListOfStatesEndingInAPlaceIsAListOfPlaces()
    {
        var text = "وصلت العاصفة إلى " + string.Concat(Enumerable.Repeat("الأردن وسوريا و", 200)) + "الكويت ومدن أخرى";
        var matches = MatchShipped(text);
        matches.Count.ShouldBe(401);
        matches.ShouldAllBe(m => m.IsPlace);
    }

    [Theory]
    [InlineData("رحبت الأردن ومصر بالاتفاق الجديد", "الأردن")]
    [InlineData("أدانت طهران ودمشق الهجوم على القنصلية", "دمشق")]
    [InlineData("قالت الأردن، في بيان، إنها ترفض", "الأردن")]
    public void StatesThatActTogetherStayActors(string text, string name) => ReadAsPlace(text, name).ShouldBe(false);

    /// <summary>بين joins two places after a route or a border, two parties otherwise.</summary>
    [Theory]
    [InlineData("أغلق الطريق الدولي بين دمشق وبغداد أمام الشاحنات", true)]
    [InlineData("تنشط حركة الرحلات الجوية بين دمشق وبغداد", true)]
    [InlineData("تصاعد الخلاف بين دمشق وبغداد حول المياه", false)]
    public void BetweenAfterARouteJoinsPlaces(string text, bool place)
    {
        ReadAsPlace(text, "دمشق").ShouldBe(place);
        ReadAsPlace(text, "بغداد").ShouldBe(place);
    }

    /// <summary>لدى after an envoy is where the envoy is posted; لدى alone is "has".</summary>
    [Theory]
    [InlineData("استدعت الخارجية سفيرها لدى طهران للتشاور", true)]
    [InlineData("قال المندوب الدائم لدى دمشق إن", true)]
    [InlineData("لدى طهران أوراق ضغط كثيرة في المنطقة", false)]
    public void LadaaAfterAnEnvoyNamesTheCity(string text, bool place) =>
        ReadAsPlace(text, text.Contains("طهران") ? "طهران" : "دمشق").ShouldBe(place);

    /// <summary>A dateline after the outlet's name: the city ends the line after a dash.</summary>
    [Theory]
    [InlineData("شبكة الرافدين- بغداد\nأعلنت الوزارة عن خطة جديدة", true)]
    [InlineData("الرد جاء سريعا - بغداد ترفض الاتهامات", false)]
    public void ACityEndingADatelineIsThePlace(string text, bool place) => ReadAsPlace(text, "بغداد").ShouldBe(place);

    /// <summary>Seas, gulfs and rivers the lexicon keeps are places of their kind.</summary>
    [Theory]
    [InlineData("أطلق الحوثيون صاروخا على سفينة في خليج عدن", "gulf-of-aden", PlacePrecision.Sea)]
    [InlineData("رصدت البحرية زوارق في بحر العرب", "arabian-sea", PlacePrecision.Sea)]
    [InlineData("تنتشر القوات على الضفة الشرقية لنهر الفرات", "euphrates", PlacePrecision.River)]
    [InlineData("توقف ضخ النفط في موانئ التصدير في الخليج", "persian-gulf", PlacePrecision.Sea)]
    public void SeasAndRiversArePlacesOfTheirKind(string text, string id, PlacePrecision precision)
    {
        MatchShipped(text).ShouldContain(m => m.IsPlace && m.Id == id);
        RepoFiles.Lexicons.Places.Single(p => p.Id == id).Precision.ShouldBe(precision);
    }

    [Fact]
    public void TheGulfAloneIsNoPlace() => MatchShipped("اجتمع قادة دول الخليج في الرياض").ShouldNotContain(m => m.Id == "persian-gulf");

    [Fact]
    public void WordsOutsideTheLexiconMatchNothing() => Match("ارتفعت أسعار النفط اليوم").ShouldBeEmpty();

    [Fact]
    public void EmptyTextMatchesNothing() => Match("").ShouldBeEmpty();
}
