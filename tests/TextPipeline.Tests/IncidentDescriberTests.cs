using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class IncidentDescriberTests
{
    private static readonly IncidentDescriber Describer = new(TestLexicons.Fixture);

    private static IncidentDraft Draft(IncidentType type, string? place) => new() { Type = type, PlaceId = place, FirstSentence = 0, LastSentence = 0, TriggerToken = 0 };

    [Fact]
    public void DescribesCountOutcomeAndNoCasualties() =>
        Describer.Describe(Draft(IncidentType.Drone, "ain-al-asad") with { WeaponCount = 2, Intercepted = true, Killed = 0, Wounded = 0 })
            .ShouldBe("Drone attack on Ain al-Asad Air Base (Iraq): 2 drones, intercepted, no casualties.");

    [Fact]
    public void DescribesCasualtiesAndActors() =>
        Describer.Describe(Draft(IncidentType.Ied, "diwaniyah") with { Killed = 2, Wounded = 4, TargetIds = ["us-forces"] })
            .ShouldBe("IED attack in Diwaniyah (Iraq), targeting US forces: 2 killed, 4 wounded.");

    [Fact]
    public void MarksARecalledAttack() =>
        Describer.Describe(Draft(IncidentType.Rocket, "harir") with { Background = true }).ShouldBe("Earlier rocket attack on Harir Air Base (Iraq).");

    [Theory]
    [InlineData(IncidentType.Explosion, "ain-al-asad", "Explosion at Ain al-Asad Air Base (Iraq).")]
    [InlineData(IncidentType.Explosion, "iraq", "Explosion in Iraq.")]
    [InlineData(IncidentType.Airstrike, "baghdad", "Air strike in Baghdad (Iraq).")]
    public void AnAttackIsOnOrAtASiteAndInATownOrACountry(IncidentType type, string place, string summary) =>
        Describer.Describe(Draft(type, place)).ShouldBe(summary);

    [Fact]
    public void UnknownFiguresAreLeftOut() => Describer.Describe(Draft(IncidentType.Other, null)).ShouldBe("Attack.");
}
