using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>
/// Places no lexicon lists, found by their shape (قرية كشان، ناحية سرسنك), place an attack that nothing else places, as
/// the gazetteer's towns do; a town named right before a direction after the attack is the place the direction locates;
/// a definite attack noun in the next sentence that places the attack at such a place takes back the attack just told.
/// Sentences written here.
/// </summary>
public class FoundPlaceTests
{
    private static IReadOnlyList<Incident> Incidents(string text) => TestLexicons.Run(text, RepoFiles.Lexicons).Incidents;

    [Theory]
    [InlineData("قصفت طائرة مسيرة تركية سيارة في قرية كشان، ما أدى إلى مقتل شخصين.", "كشان")]
    [InlineData("وأفاد مصدر محلي بسقوط قذيفتين على ناحية سرسنك شمالي دهوك مساء الأحد.", "سرسنك")]
    public void AnAttackAtAPlaceFoundByItsShapeIsPlacedThere(string text, string name)
    {
        var place = Incidents(text).ShouldHaveSingleItem().PlaceId.ShouldNotBeNull();
        place.ShouldStartWith(ShapedPlace.KeyPrefix);
        place.ShouldContain(name);
    }

    /// <summary>
    /// A compass direction from a city (شرقي بغداد، جنوب الموصل) places the attack in the governorate around the city, not
    /// in the city; with a distance before it (على بعد 40 كيلومترا شمال بغداد) it may be in the next one: the country.
    /// </summary>
    [Theory]
    [InlineData("استهدفت طائرة مسيرة مقرا للحشد الشعبي شرقي بغداد فجر اليوم.", "baghdad-governorate")]
    [InlineData("انفجرت عبوة ناسفة على رتل للجيش جنوب الموصل صباح اليوم.", "nineveh")]
    [InlineData("سقطت قذائف هاون على موقع عسكري على بعد 40 كيلومترا شمال بغداد صباح اليوم.", "iraq")]
    public void ADirectionFromACityIsInItsGovernorate(string text, string place)
    {
        var incident = Incidents(text).ShouldHaveSingleItem();
        incident.PlaceId.ShouldBe(place);
        incident.Support.ShouldContain(x => x.Field == IncidentField.Place && x.Value == place && text.Contains(x.Span.Text, StringComparison.Ordinal));
    }

    /// <summary>A lexicon place near the attack places it; a town in a title before the attack (مدير ناحية ...) does not.</summary>
    [Theory]
    [InlineData("قصفت طائرة مسيرة قاعدة حرير الجوية قرب قرية كشان فجر اليوم.", "harir-air-base")]
    [InlineData("وقال مدير ناحية سرسنك شمالي دهوك إن طائرة مسيرة استهدفت سيارة عسكرية، ما أدى إلى مقتل شخصين.", "duhok-governorate")]
    public void ALexiconPlaceOrATitleLeavesTheFoundPlaceAside(string text, string place) =>
        Incidents(text).ShouldHaveSingleItem().PlaceId.ShouldBe(place);

    [Fact]
    public void TheAttackTakenBackAtAFoundPlaceIsTheAttackTold()
    {
        var incident = Incidents("شن الطيران التركي غارة في محافظة دهوك فجر اليوم. وقال مسؤول محلي إن القصف استهدف سيارة في قرية كشان، ما أدى إلى مقتل اثنين.")
            .ShouldHaveSingleItem();
        incident.Killed.ShouldBe(2);
        incident.PerpetratorIds.ShouldBe(["turkish-military"]);
    }

    [Fact]
    public void AnotherAttackAtAFoundPlaceIsAnIncidentOfItsOwn() =>
        Incidents("شن الطيران التركي غارة في محافظة دهوك فجر اليوم. وفي حادث آخر، استهدف قصف مدفعي سيارة في قرية كشان، ما أدى إلى مقتل اثنين.")
            .Count.ShouldBe(2);
}
