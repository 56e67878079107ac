using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class IncidentMergerTests
{
    private static readonly IncidentMerger Merger = new(TestLexicons.Places);

    private static IncidentDraft Draft(IncidentType type, string? place, int sentence = 0, bool background = false, DateMention? date = null) => new()
    {
        Type = type, PlaceId = place, FirstSentence = sentence, LastSentence = sentence, TriggerToken = 0, Background = background, Date = date,
    };

    private static DateMention Date(string text, DatePrecision precision = DatePrecision.Weekday) => new(TextSpan.Of(text, 0, text.Length), null, precision);

    [Fact]
    public void SameTypeAndPlaceMergeAndCombineTheirFigures()
    {
        var merged = Merger.Merge([
            Draft(IncidentType.Drone, "ain-al-asad", 0) with { WeaponCount = 2 },
            Draft(IncidentType.Drone, "ain-al-asad", 3) with { WeaponCount = 1, Intercepted = true },
            Draft(IncidentType.Other, "ain-al-asad", 4) with { Killed = 0, Wounded = 0 },
        ]).ShouldHaveSingleItem();
        merged.WeaponCount.ShouldBe(2);
        merged.Intercepted.ShouldBe(true);
        merged.Wounded.ShouldBe(0);
        (merged.FirstSentence, merged.LastSentence).ShouldBe((0, 4));
    }

    [Fact]
    public void AnUntypedReportTakesTheSpecificType() =>
        Merger.Merge([Draft(IncidentType.Other, "harir"), Draft(IncidentType.Rocket, "harir", 1)]).ShouldHaveSingleItem().Type.ShouldBe(IncidentType.Rocket);

    [Fact]
    public void ABaseMergesWithItsGovernorateAndKeepsTheBase() =>
        Merger.Merge([Draft(IncidentType.Rocket, "anbar"), Draft(IncidentType.Rocket, "ain-al-asad", 1)]).ShouldHaveSingleItem().PlaceId.ShouldBe("ain-al-asad");

    [Fact]
    public void ThePlaceTheArticleNestsMerges() =>
        Merger.Merge([Draft(IncidentType.Rocket, "erbil"), Draft(IncidentType.Rocket, "harir", 1)], new HashSet<(string, string)> { ("harir", "erbil") })
            .ShouldHaveSingleItem().PlaceId.ShouldBe("harir");

    [Fact]
    public void NeighbouringSitesAreOneCompound() =>
        Merger.Merge([Draft(IncidentType.Rocket, "baghdad-airport"), Draft(IncidentType.Rocket, "bdsc", 1)]).ShouldHaveSingleItem();

    [Fact]
    public void DifferentWeaponsStayApart() =>
        Merger.Merge([Draft(IncidentType.Drone, "ain-al-asad"), Draft(IncidentType.Shelling, "ain-al-asad", 1)]).Count.ShouldBe(2);

    [Fact]
    public void DifferentBasesStayApart() =>
        Merger.Merge([Draft(IncidentType.Rocket, "ain-al-asad"), Draft(IncidentType.Rocket, "harir", 1)]).Count.ShouldBe(2);

    [Fact]
    public void ARecalledAttackStaysApartFromTodaysOne() =>
        Merger.Merge([Draft(IncidentType.Drone, "ain-al-asad"), Draft(IncidentType.Drone, "ain-al-asad", 1, background: true, Date("أبريل", DatePrecision.Month))]).Count.ShouldBe(2);

    [Fact]
    public void DifferentWeekdaysStayApart() =>
        Merger.Merge([Draft(IncidentType.Rocket, "harir", 0, date: Date("يوم الاثنين")), Draft(IncidentType.Rocket, "harir", 1, date: Date("مساء الأحد"))]).Count.ShouldBe(2);

    [Fact]
    public void TheSameWeekdayWrittenTwoWaysMerges() =>
        Merger.Merge([Draft(IncidentType.Rocket, "harir", 0, date: Date("الاثنين الماضي")), Draft(IncidentType.Other, "harir", 1, date: Date("في وقت متأخر من يوم الاثنين"))]).ShouldHaveSingleItem();

    [Fact]
    public void AnAircraftAndItsRocketsInTheNextSentenceAreOneAirStrike()
    {
        var merged = Merger.Merge([Draft(IncidentType.Airstrike, "ain-al-asad", 2), Draft(IncidentType.Rocket, "ain-al-asad", 3) with { Killed = 2, ByInstrument = true }]).ShouldHaveSingleItem();
        (merged.Type, merged.Killed).ShouldBe((IncidentType.Airstrike, (int?)2));
    }

    [Fact]
    public void ADroneAndItsRocketsKeepTheDronesCount() =>
        Merger.Merge([Draft(IncidentType.Rocket, "harir", 0) with { WeaponCount = 4, ByInstrument = true }, Draft(IncidentType.Drone, "harir", 0) with { WeaponCount = 1 }])
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(m => m.Type.ShouldBe(IncidentType.Drone), m => m.WeaponCount.ShouldBe(1));

    [Fact]
    public void RocketsThatAreNoOnesInstrumentStayApartFromTheAircraft() =>
        Merger.Merge([Draft(IncidentType.Rocket, "harir", 0), Draft(IncidentType.Airstrike, "harir", 0)]).Count.ShouldBe(2);

    [Fact]
    public void ADroneAndRocketsFarApartAreTwoAttacks() =>
        Merger.Merge([Draft(IncidentType.Drone, "ain-al-asad", 0), Draft(IncidentType.Rocket, "ain-al-asad", 4) with { ByInstrument = true }]).Count.ShouldBe(2);

    [Fact]
    public void ADefiniteAttackNounAtTheSamePlaceIsTheAttackTold() =>
        Merger.Merge([Draft(IncidentType.Airstrike, "ain-al-asad", 0), Draft(IncidentType.Shelling, "ain-al-asad", 5) with { Definite = true }])
            .ShouldHaveSingleItem().Type.ShouldBe(IncidentType.Airstrike);

    [Fact]
    public void ADefiniteAttackNounElsewhereInTheCountryIsAnotherAttack() =>
        Merger.Merge([Draft(IncidentType.Rocket, "ain-al-asad", 0), Draft(IncidentType.Airstrike, "iraq", 5) with { Definite = true }]).Count.ShouldBe(2);

    [Fact]
    public void OneLandedWeaponOutweighsAnInterception() =>
        Merger.Merge([Draft(IncidentType.Drone, "harir", 0) with { Intercepted = true }, Draft(IncidentType.Drone, "harir", 1) with { Intercepted = false }])
            .ShouldHaveSingleItem().Intercepted.ShouldBe(false);

    /// <summary>"قاعدة في كركوك" and "قاعدة كي وان": the lexicon files K-1 under the governorate, 9 km from the city.</summary>
    [Fact]
    public void ABaseNamedByItsCityIsTheNamedBaseNearIt()
    {
        IReadOnlyList<PlaceEntry> places =
        [
            new("kirkuk-governorate", "محافظة كركوك", "Kirkuk Governorate", PlacePrecision.Governorate, "Iraq", 35.3, 44.1, []),
            new("kirkuk", "كركوك", "Kirkuk", PlacePrecision.City, "Iraq", 35.47, 44.39, [], "kirkuk-governorate"),
            new("k1", "قاعدة كي 1", "K-1 Air Base", PlacePrecision.Site, "Iraq", 35.5, 44.3, [], "kirkuk-governorate"),
            new("far-base", "قاعدة بعيدة", "A base far from Kirkuk", PlacePrecision.Site, "Iraq", 35.9, 43.5, [], "kirkuk-governorate"),
        ];
        var merger = new IncidentMerger(places);
        merger.Merge([Draft(IncidentType.Other, "kirkuk") with { Killed = 1 }, Draft(IncidentType.Rocket, "k1", 3)]).ShouldHaveSingleItem().PlaceId.ShouldBe("k1");
        merger.Merge([Draft(IncidentType.Other, "kirkuk"), Draft(IncidentType.Rocket, "far-base", 3)]).Count.ShouldBe(2);
    }

    [Fact]
    public void ANightBetweenTwoDaysAgreesWithEither() =>
        Merger.Merge([Draft(IncidentType.Rocket, "harir", 0, date: Date("ليل الأربعاء-الخميس")), Draft(IncidentType.Rocket, "harir", 1, date: Date("فجر الخميس"))]).ShouldHaveSingleItem();

    [Fact]
    public void ANightBetweenTwoDaysStaysApartFromAThirdDay() =>
        Merger.Merge([Draft(IncidentType.Rocket, "harir", 0, date: Date("ليل الأربعاء-الخميس")), Draft(IncidentType.Rocket, "harir", 1, date: Date("مساء السبت"))]).Count.ShouldBe(2);

    [Fact]
    public void AReportWithNoPlaceJoinsItsNeighbourOnly()
    {
        Merger.Merge([Draft(IncidentType.Missile, null, 3) with { Killed = 4 }, Draft(IncidentType.Explosion, "erbil", 4)])
            .ShouldHaveSingleItem().ShouldSatisfyAllConditions(m => m.Type.ShouldBe(IncidentType.Missile), m => m.PlaceId.ShouldBe("erbil"), m => m.Killed.ShouldBe(4));
        Merger.Merge([Draft(IncidentType.Missile, null, 0), Draft(IncidentType.Explosion, "erbil", 4)]).Count.ShouldBe(2);
    }

    private static DateMention Day(DateOnly day) => new(TextSpan.Of("يوم", 0, 3), day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), DatePrecision.Day);

    [Fact]
    public void AttacksOnDaysOfTheirOwnStayApartAndALaterReportJoinsItsOwnDay()
    {
        var first = new DateOnly(2024, 1, 1);
        var drafts = Enumerable.Range(0, 2000).Select(i => Draft(IncidentType.Drone, "ain-al-asad", i, date: Day(first.AddDays(i)))).ToList();
        drafts.Add(Draft(IncidentType.Drone, "anbar", 2000, date: new DateMention(TextSpan.Of("كانون الثاني 2024", 0, 17), "2024-01", DatePrecision.Month)) with { Killed = 3 });
        var merged = Merger.Merge(drafts);
        merged.Count.ShouldBe(2000);
        // The month report joins the last attack of that month at the base inside the governorate, 1,970 incidents back.
        merged[30].ShouldSatisfyAllConditions(m => m.Killed.ShouldBe(3), m => m.PlaceId.ShouldBe("ain-al-asad"), m => (m.FirstSentence, m.LastSentence).ShouldBe((30, 2000)));
    }

    [Fact]
    public void AReportWithNoPlaceJoinsTheLastPlacedNeighbourPastIncidentsElsewhere()
    {
        var drafts = Enumerable.Range(0, 500).Select(i => Draft(IncidentType.Rocket, i % 2 == 0 ? "harir" : "baghdad-airport", i, date: Day(new DateOnly(2024, 1, 1).AddDays(i)))).ToList();
        drafts.Add(Draft(IncidentType.Rocket, null, 500) with { Wounded = 2 });
        var merged = Merger.Merge(drafts);
        merged.Count.ShouldBe(500);
        merged[499].ShouldSatisfyAllConditions(m => m.Wounded.ShouldBe(2), m => m.LastSentence.ShouldBe(500));
    }

    [Fact]
    public void AnUndatedReportJoinsTheLastCompatibleAttackAtANeighbouringSite() =>
        Merger.Merge([
            Draft(IncidentType.Rocket, "bdsc", 0, date: Day(new DateOnly(2024, 1, 1))),
            Draft(IncidentType.Rocket, "harir", 1, date: Day(new DateOnly(2024, 1, 2))),
            Draft(IncidentType.Rocket, "baghdad-airport", 2) with { Killed = 1 },
        ]).ShouldSatisfyAllConditions(m => m.Count.ShouldBe(2), m => m[0].Killed.ShouldBe(1), m => m[1].Killed.ShouldBeNull());

    [Fact]
    public void NothingToMergeIsEmpty() => Merger.Merge([]).ShouldBeEmpty();

    /// <summary>
    /// An attack its sentence tells in a sea or region too vague to place it (no time, no count) is not the attack the
    /// sentence before places in another sea: drones in the Red Sea do not become the Gulf of Aden's missiles.
    /// </summary>
    [Fact]
    public void AnUnplacedAttackNamingAnotherSeaDoesNotJoinANeighbour()
    {
        var incident = TestLexicons.Run("أعلن الجيش الأمريكي تعرض سفينة في خليج عدن لهجوم بصاروخين.\nكما أعلن تعرض مدمرة في البحر الأحمر لهجوم بطائرات مسيرة.", RepoFiles.Lexicons)
            .Incidents.ShouldHaveSingleItem();
        incident.PlaceId.ShouldBe("gulf-of-aden");
        incident.Type.ShouldBe(IncidentType.Missile);
        incident.WeaponCount.ShouldBe(2);
    }
}
