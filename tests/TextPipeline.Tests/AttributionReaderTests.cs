using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class AttributionReaderTests
{
    private static readonly LexiconMatcher Matcher = new(TestLexicons.Fixture);
    private static readonly AttributionReader Reader = new(StageInput.Terms, TestLexicons.Actors);

    private static Attribution Read(string text)
    {
        var key = StageInput.Key(text);
        var tokens = StageInput.Tokens(text);
        return Reader.Read(key, tokens, LexiconMatch.ByToken(Matcher.Match(key, tokens)), 0, tokens.Count);
    }

    [Theory]
    [InlineData("استهدفت طائرتان القاعدة وفق ما قال مصدران عسكريان عراقيان.", "مصدران عسكريان عراقيان", Stance.Reported)]
    [InlineData("وذكر مسؤول أميركي أن تم إسقاط طائرتين", "مسؤول أميركي", Stance.Reported)]
    [InlineData("أعلنت خلية الإعلام الأمني، أن الدفاعات تصدت لطائرتين", "خلية الإعلام الأمني", Stance.Confirmed)]
    [InlineData("لم يسفر عن ضحايا بحسب ما أكد التحالف الدولي", "التحالف الدولي", Stance.Confirmed)]
    [InlineData("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف", "المقاومة الإسلامية في العراق", Stance.Claimed)]
    [InlineData("الجيش الأمريكي: مقتل 3 جنود وإصابة 34 في هجوم بطائرة مسيرة", "الجيش الأمريكي", Stance.Confirmed)]
    [InlineData("كتائب حزب الله : استهدفنا قاعدة عين الأسد بطائرة مسيرة", "كتائب حزب الله", Stance.Claimed)]
    public void ReadsTheSourceAndItsStance(string text, string source, Stance stance)
    {
        var attribution = Read(text);
        attribution.Source.ShouldBe(source);
        attribution.Stance.ShouldBe(stance);
    }

    [Fact]
    public void AGroupTakingResponsibilityClaims() => Read("وتبنت كتائب حزب الله الهجوم على القاعدة").Stance.ShouldBe(Stance.Claimed);

    [Fact]
    public void AnArmedGroupAnnouncingIsTheClaimant() =>
        Read("أعلنت المقاومة الإسلامية في العراق استهداف قاعدة التنف").ClaimantId.ShouldBe("islamic-resistance-iraq");

    /// <summary>A name that opens the sentence with no colon after it is its subject, not its speaker.</summary>
    [Theory]
    [InlineData("الجيش الأمريكي قصف مواقع في القائم")]
    [InlineData("الجيش الأمريكي في العراق: مقتل جنديين")]
    public void AnOpeningNameWithNoColonRightAfterItIsNoSpeaker(string text) => Read(text).Source.ShouldBeNull();

    [Fact]
    public void ADenialIsDenied() => Read("ونفى مسؤول عسكري وقوع الهجوم").Stance.ShouldBe(Stance.Denied);

    /// <summary>A responsibility denied (نفى مسؤوليته، نفت مسؤوليتها) claims nothing; taken (أعلنت مسؤوليتها), it does.</summary>
    [Theory]
    [InlineData("ونفى التحالف الدولي مسؤوليته عن القصف", null, Stance.Denied)]
    [InlineData("ونفت كتائب حزب الله مسؤوليتها عن الهجوم", null, Stance.Denied)]
    [InlineData("وأعلنت كتائب حزب الله مسؤوليتها عن الهجوم", "kataib-hezbollah", Stance.Claimed)]
    public void ADeniedResponsibilityClaimsNothing(string text, string? claimant, Stance stance) =>
        (Read(text).ClaimantId, Read(text).Stance).ShouldBe((claimant, stance));

    [Fact]
    public void NoReportingVerbMeansTheOutletItself() => Read("سقط صاروخ قرب مطار بغداد").ShouldBe(Attribution.Outlet);
}
