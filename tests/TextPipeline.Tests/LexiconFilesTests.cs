using System.Text.RegularExpressions;
using NewsFacts.TextPipeline.Lexicon;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>
/// Checks the shipped data/lexicons/actors.json and places.json: they parse, ids and folded aliases
/// are unambiguous, places sit where they should, and the names the extractor relies on resolve.
/// </summary>
public partial class LexiconFilesTests
{
    private static IReadOnlyList<ActorEntry> Actors => RepoFiles.Lexicons.Actors;
    private static IReadOnlyList<PlaceEntry> Places => RepoFiles.Lexicons.Places;

    private static readonly Lazy<Dictionary<string, HashSet<string>>> ActorKeys =
        new(() => KeysOf(Actors.Select(a => (a.Id, a.NameAr, a.Aliases))));

    private static readonly Lazy<Dictionary<string, HashSet<string>>> PlaceKeys =
        new(() => KeysOf(Places.Select(p => (p.Id, MatchedName(p), p.Aliases))));

    /// <summary>A gazetteer place's NameAr is for display only: the matcher reads its aliases (see GazetteerMerger).</summary>
    private static string MatchedName(PlaceEntry place) => place.FromGazetteer ? place.Aliases.FirstOrDefault() ?? "" : place.NameAr;

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();

    [Fact]
    public void BothFilesParseAndAreBroad()
    {
        File.Exists(Path.Combine(RepoFiles.LexiconDir, "actors.json")).ShouldBeTrue();
        File.Exists(Path.Combine(RepoFiles.LexiconDir, "places.json")).ShouldBeTrue();
        Actors.Count.ShouldBeGreaterThanOrEqualTo(150);
        Places.Count.ShouldBeGreaterThanOrEqualTo(150);
    }

    [Fact]
    public void EveryEntryIsComplete()
    {
        foreach (var a in Actors)
        {
            a.NameAr.ShouldNotBeNullOrWhiteSpace(a.Id);
            a.NameEn.ShouldNotBeNullOrWhiteSpace(a.Id);
            a.Aliases.ShouldNotBeNull(a.Id);
            a.Aliases.ShouldAllBe(alias => !string.IsNullOrWhiteSpace(alias), a.Id);
            Enum.IsDefined(a.Kind).ShouldBeTrue(a.Id);
        }
        foreach (var p in Places)
        {
            p.NameAr.ShouldNotBeNullOrWhiteSpace(p.Id);
            p.NameEn.ShouldNotBeNullOrWhiteSpace(p.Id);
            p.Country.ShouldNotBeNullOrWhiteSpace(p.Id);
            p.Aliases.ShouldNotBeNull(p.Id);
            p.Aliases.ShouldAllBe(alias => !string.IsNullOrWhiteSpace(alias), p.Id);
            Enum.IsDefined(p.Precision).ShouldBeTrue(p.Id);
        }
    }

    [Fact]
    public void ActorIdsAreUniqueSlugs()
    {
        Actors.Select(a => a.Id).ShouldBeUnique();
        Actors.ShouldAllBe(a => Slug().IsMatch(a.Id));
    }

    [Fact]
    public void PlaceIdsAreUniqueSlugs()
    {
        Places.Select(p => p.Id).ShouldBeUnique();
        Places.ShouldAllBe(p => Slug().IsMatch(p.Id));
    }

    [Fact]
    public void EveryActorAliasMapsToOneActor() => Ambiguous(ActorKeys.Value).ShouldBeEmpty();

    [Fact]
    public void EveryPlaceAliasMapsToOnePlace() => Ambiguous(PlaceKeys.Value).ShouldBeEmpty();

    [Fact]
    public void EveryPlaceHasCoordinatesInTheRegion()
    {
        var outside = new List<string>();
        foreach (var p in Places)
        {
            p.Latitude.ShouldNotBeNull(p.Id);
            p.Longitude.ShouldNotBeNull(p.Id);
            p.Latitude!.Value.ShouldBeInRange(-90, 90, p.Id);
            p.Longitude!.Value.ShouldBeInRange(-180, 180, p.Id);
            var inBox = p.Latitude.Value is >= 12 and <= 42 && p.Longitude.Value is >= 25 and <= 64;
            // Outside the region only countries, regions and places in a country that is itself outside (Washington).
            var countryOutside = Places.Any(c => c.Precision == PlacePrecision.Country && c.Country == p.Country
                && !(c.Latitude is >= 12 and <= 42 && c.Longitude is >= 25 and <= 64));
            if (!inBox && p.Precision is not (PlacePrecision.Country or PlacePrecision.Region) && !countryOutside)
            {
                outside.Add(p.Id);
            }
        }
        outside.ShouldBeEmpty();
    }

    [Fact]
    public void EveryAttackerAdjectiveNamesAnActorOfTheLexicon()
    {
        var vocabulary = LexiconParser.ParseIncidentTerms(RepoFiles.ReadLexicon("incident-terms.json", "{}"));
        vocabulary.AttackerAdjectives.ShouldNotBeEmpty();
        var ids = Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        vocabulary.AttackerAdjectives.Keys.Where(id => !ids.Contains(id)).ShouldBeEmpty();
    }

    /// <summary>A coast names a sea of the lexicon, and only a port or a town has one.</summary>
    [Fact]
    public void EveryCoastIsASea()
    {
        var seas = Places.Where(p => p.Precision == PlacePrecision.Sea).Select(p => p.Id).ToHashSet();
        var coastal = Places.Where(p => p.Coast is not null).ToList();
        coastal.ShouldNotBeEmpty();
        coastal.Where(p => !seas.Contains(p.Coast!) || p.Precision is not (PlacePrecision.City or PlacePrecision.Site)).Select(p => p.Id).ShouldBeEmpty();
    }

    [Fact]
    public void EveryAirStrikeDoerIsAnActorOfTheLexicon()
    {
        var vocabulary = LexiconParser.ParseIncidentTerms(RepoFiles.ReadLexicon("incident-terms.json", "{}"));
        var ids = Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        vocabulary.AirStrikeDoers.ShouldNotBeEmpty();
        vocabulary.AirStrikeDoers.Where(id => !ids.Contains(id)).ShouldBeEmpty();
    }

    [Fact]
    public void EveryParentExists()
    {
        var ids = Places.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        Places.Where(p => p.Parent is not null && !ids.Contains(p.Parent)).Select(p => p.Id).ShouldBeEmpty();
    }

    [Fact]
    public void EverySiteAndCityHasAParentInTheSameCountry()
    {
        var byId = Places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var p in Places.Where(p => p.Precision is PlacePrecision.Site or PlacePrecision.City or PlacePrecision.Governorate))
        {
            p.Parent.ShouldNotBeNull(p.Id);
            byId[p.Parent!].Country.ShouldBe(p.Country, p.Id);
        }
    }

    [Theory]
    [InlineData("كتائب حزب الله", "kataib-hezbollah")]
    [InlineData("كتائب حزب الله العراقية", "kataib-hezbollah")]
    [InlineData("KH", "kataib-hezbollah")]
    [InlineData("حزب الله", "hezbollah")]
    [InlineData("حزب الله اللبناني", "hezbollah")]
    [InlineData("البنتاغون", "pentagon")]
    [InlineData("البنتاجون", "pentagon")]
    [InlineData("وزارة الدفاع الأمريكية", "pentagon")]
    [InlineData("القوات الأمريكية", "us-forces")]
    [InlineData("القوات الأميركية", "us-forces")]
    [InlineData("القوات الامريكية", "us-forces")]
    [InlineData("الجيش الأمريكي", "us-forces")]
    [InlineData("القيادة المركزية الأمريكية", "centcom")]
    [InlineData("القيادة المركزية بالجيش الأميركي", "centcom")]
    [InlineData("سنتكوم", "centcom")]
    [InlineData("CENTCOM", "centcom")]
    [InlineData("وزارة الخارجية الأمريكية", "state-department")]
    [InlineData("البيت الأبيض", "white-house")]
    [InlineData("مجلس الأمن القومي", "us-nsc")]
    [InlineData("الولايات المتحدة", "united-states")]
    [InlineData("واشنطن", "united-states")]
    [InlineData("التحالف الدولي", "global-coalition")]
    [InlineData("التحالف الدولي لمحاربة داعش", "global-coalition")]
    [InlineData("التحالف الذي تقوده الولايات المتحدة", "global-coalition")]
    [InlineData("قوات التحالف", "global-coalition")]
    [InlineData("عملية العزم الصلب", "operation-inherent-resolve")]
    [InlineData("OIR", "operation-inherent-resolve")]
    [InlineData("الحكومة العراقية", "iraqi-government")]
    [InlineData("بغداد", "iraqi-government")]
    [InlineData("الجيش العراقي", "iraqi-army")]
    [InlineData("خلية الإعلام الأمني", "security-media-cell")]
    [InlineData("قيادة العمليات المشتركة", "joint-operations-command")]
    [InlineData("جهاز مكافحة الإرهاب", "iraq-cts")]
    [InlineData("البيشمركة", "peshmerga")]
    [InlineData("البشمركة", "peshmerga")]
    [InlineData("حكومة إقليم كردستان", "krg")]
    [InlineData("الحشد الشعبي", "pmf")]
    [InlineData("هيئة الحشد الشعبي", "pmf")]
    [InlineData("وحدات الحشد الشعبي", "pmf")]
    [InlineData("PMF", "pmf")]
    [InlineData("حركة النجباء", "harakat-al-nujaba")]
    [InlineData("النجباء", "harakat-al-nujaba")]
    [InlineData("كتائب سيد الشهداء", "kataib-sayyid-al-shuhada")]
    [InlineData("كتائب السيد الشهداء", "kataib-sayyid-al-shuhada")]
    [InlineData("العصائب", "asaib-ahl-al-haq")]
    [InlineData("منظمة بدر", "badr-organization")]
    [InlineData("المقاومة الإسلامية في العراق", "islamic-resistance-in-iraq")]
    [InlineData("الميليشيات الموالية لإيران", "iran-backed-militias")]
    [InlineData("الميليشيات المدعومة من إيران", "iran-backed-militias")]
    [InlineData("الفصائل الموالية لطهران", "iran-backed-militias")]
    [InlineData("الحرس الثوري الإسلامي الإيراني", "irgc")]
    [InlineData("IRGC", "irgc")]
    [InlineData("فيلق القدس", "quds-force")]
    [InlineData("إيران", "iran")]
    [InlineData("طهران", "iran")]
    [InlineData("أنصار الله", "houthis")]
    [InlineData("الحوثيون", "houthis")]
    [InlineData("داعش", "isis")]
    [InlineData("تنظيم الدولة الإسلامية", "isis")]
    [InlineData("ISIL", "isis")]
    [InlineData("قسد", "sdf")]
    [InlineData("SDF", "sdf")]
    [InlineData("الجيش الإسرائيلي", "israeli-military")]
    [InlineData("تل أبيب", "israel")]
    [InlineData("الجيش التركي", "turkish-military")]
    [InlineData("حزب العمال الكردستاني", "pkk")]
    [InlineData("النظام السوري", "syrian-government")]
    [InlineData("هيئة تحرير الشام", "hts")]
    [InlineData("يونامي", "unami")]
    [InlineData("رويترز", "reuters")]
    [InlineData("أ ف ب", "afp")]
    [InlineData("المونيتور", "al-monitor")]
    [InlineData("ذا ناشيونال", "the-national")]
    [InlineData("ديلي كولر", "daily-caller")]
    [InlineData("قناة الميادين", "al-mayadeen")]
    [InlineData("شفق نيوز", "shafaq-news")]
    [InlineData("واع", "ina")]
    [InlineData("محمد شياع السوداني", "mohammed-shia-al-sudani")]
    [InlineData("السوداني", "mohammed-shia-al-sudani")]
    [InlineData("جو بايدن", "joe-biden")]
    [InlineData("لويد أوستن", "lloyd-austin")]
    [InlineData("باتريك رايدر", "patrick-ryder")]
    [InlineData("ماثيو ميللر", "matthew-miller")]
    [InlineData("ماثيو ميلر", "matthew-miller")]
    [InlineData("كينيث ماكينزي", "kenneth-mckenzie")]
    [InlineData("مايكل كوريلا", "michael-kurilla")]
    [InlineData("واين ماروتو", "wayne-marotto")]
    [InlineData("يحيى رسول", "yahya-rasool")]
    [InlineData("قاسم سليماني", "qassem-soleimani")]
    [InlineData("أبو مهدي المهندس", "abu-mahdi-al-muhandis")]
    [InlineData("إسماعيل هنية", "ismail-haniyeh")]
    [InlineData("فؤاد شكر", "fuad-shukr")]
    [InlineData("تريسي جاكوبسون", "tracey-jacobson")]
    [InlineData("ألينا رومانوسكي", "alina-romanowski")]
    [InlineData("إيان مكاري", "ian-mccary")]
    [InlineData("أبو محمد الجولاني", "ahmed-al-sharaa")]
    public void ActorNameResolves(string name, string expectedId) => ResolveActor(name).ShouldBe(expectedId);

    [Theory]
    [InlineData("عين الأسد", "ain-al-asad")]
    [InlineData("قاعدة عين الأسد الجوية", "ain-al-asad")]
    [InlineData("قاعدة عين الاسد", "ain-al-asad")]
    [InlineData("رومالين", "rumalyn-landing-zone")]
    [InlineData("الرومان", "rumalyn-landing-zone")]
    [InlineData("رميلان", "rumalyn-landing-zone")]
    [InlineData("التنف", "al-tanf")]
    [InlineData("البرج 22", "tower-22")]
    [InlineData("البرج ٢٢", "tower-22")]
    [InlineData("مطار أربيل الدولي", "erbil-international-airport")]
    [InlineData("قاعدة حرير", "harir-air-base")]
    [InlineData("قاعدة كالسو", "kalsu-base")]
    [InlineData("مطار بغداد الدولي", "baghdad-international-airport")]
    [InlineData("قاعدة فكتوريا", "victory-base-complex")]
    [InlineData("مركز الدعم الدبلوماسي", "baghdad-diplomatic-support-center")]
    [InlineData("قاعدة بلد الجوية", "balad-air-base")]
    [InlineData("حقل كونيكو", "conoco-gas-field")]
    [InlineData("حقل العمر", "al-omar-oil-field")]
    [InlineData("القرية الخضراء", "green-village")]
    [InlineData("قاعدة الشدادي", "shaddadi-base")]
    [InlineData("قاعدة موفق السلطي", "muwaffaq-salti-air-base")]
    [InlineData("المنطقة الخضراء", "green-zone")]
    [InlineData("السفارة الأمريكية في بغداد", "us-embassy-baghdad")]
    [InlineData("دهوك", "duhok")]
    [InlineData("محافظة دهوك", "duhok-governorate")]
    [InlineData("محافظة الأنبار", "anbar")]
    [InlineData("الأنبار", "anbar")]
    [InlineData("بغداد", "baghdad")]
    [InlineData("محافظة بغداد", "baghdad-governorate")]
    [InlineData("أربيل", "erbil")]
    [InlineData("الرمادي", "ramadi")]
    [InlineData("جرف النصر", "jurf-al-sakhar")]
    [InlineData("قضاء بلد", "balad")]
    [InlineData("البوكمال", "albukamal")]
    [InlineData("عين العرب", "kobani")]
    [InlineData("كوباني", "kobani")]
    [InlineData("دير الزور", "deir-ez-zor")]
    [InlineData("سورية", "syria")]
    [InlineData("سوريا", "syria")]
    [InlineData("إقليم كردستان", "kurdistan-region")]
    [InlineData("شمال شرق سوريا", "northeast-syria")]
    [InlineData("قطاع غزة", "gaza-strip")]
    [InlineData("الضاحية الجنوبية", "dahiyeh")]
    [InlineData("العاصمة الأردنية عمان", "amman")]
    [InlineData("طهران", "tehran")]
    [InlineData("الميادين", "mayadin")]
    public void PlaceNameResolves(string name, string expectedId) => ResolvePlace(name).ShouldBe(expectedId);

    /// <summary>
    /// Common words that must never be a plain place alias: they would turn ordinary prose into locations. Some are
    /// locative aliases, a place only right after a word of place (see LexiconMatcherTests).
    /// </summary>
    [Theory]
    [InlineData("القاعدة")]
    [InlineData("قاعدة")]
    [InlineData("المطار")]
    [InlineData("بلد")]
    [InlineData("عمان")]
    [InlineData("حديثة")]
    [InlineData("القائم")]
    [InlineData("تدمر")]
    [InlineData("حماة")]
    [InlineData("العديد")]
    [InlineData("حرير")]
    [InlineData("الطبقة")]
    [InlineData("العمارة")]
    [InlineData("الزرقاء")]
    public void AmbiguousWordIsNotAPlace(string word) => PlaceKeys.Value.ShouldNotContainKey(ArabicNormalizer.Fold(word));

    /// <summary>Common words that must never be an actor alias.</summary>
    [Theory]
    [InlineData("القاعدة")]
    [InlineData("الجزيرة")]
    [InlineData("العربية")]
    [InlineData("الحرة")]
    [InlineData("الميادين")]
    [InlineData("المهندس")]
    [InlineData("الأسد")]
    [InlineData("الأمريكيين")]
    [InlineData("US")]
    [InlineData("IS")]
    public void AmbiguousWordIsNotAnActor(string word) => ActorKeys.Value.ShouldNotContainKey(ArabicNormalizer.Fold(word));

    private static string? ResolveActor(string name) =>
        ActorKeys.Value.TryGetValue(ArabicNormalizer.Fold(name), out var ids) ? ids.Single() : null;

    private static string? ResolvePlace(string name) =>
        PlaceKeys.Value.TryGetValue(ArabicNormalizer.Fold(name), out var ids) ? ids.Single() : null;

    private static Dictionary<string, HashSet<string>> KeysOf(IEnumerable<(string Id, string NameAr, IReadOnlyList<string> Aliases)> entries)
    {
        var keys = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (id, nameAr, aliases) in entries)
        {
            foreach (var name in aliases.Prepend(nameAr).Where(n => n.Length > 0))
            {
                var key = ArabicNormalizer.Fold(name);
                if (!keys.TryGetValue(key, out var ids))
                {
                    keys[key] = ids = new HashSet<string>(StringComparer.Ordinal);
                }
                ids.Add(id);
            }
        }
        return keys;
    }

    private static List<string> Ambiguous(Dictionary<string, HashSet<string>> keys) =>
        keys.Where(kv => kv.Value.Count > 1)
            .Select(kv => kv.Key + " -> " + string.Join(", ", kv.Value.Order(StringComparer.Ordinal)))
            .ToList();
}
