using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>
/// A drone that fires on its target as aircraft do is an air strike; a one-way drone is a drone attack. And the doer of a
/// verbal noun of doing (قيام X بـ) is the attacker.
/// </summary>
public class ArmedDroneTests
{
    [Theory]
    // The instrument of a raid.
    [InlineData("قتل قيادي في الحشد الشعبي بغارة بطائرة مسيرة استهدفت سيارته في بغداد مساء الخميس.")]
    [InlineData("أسفرت غارات لطائرات مسيرة على مواقع في الأنبار عن مقتل أربعة مسلحين فجر اليوم.")]
    // The subject of a verb of launching a raid.
    [InlineData("قالت مصادر محلية إن طائرات مسيرة شنت ضربات على مقر للحشد الشعبي في الأنبار الليلة الماضية.")]
    [InlineData("وذكر شهود أن طائرة مسيرة مجهولة نفذت غارة على سيارة قرب مطار بغداد الدولي مساء الأحد.")]
    [InlineData("وأفاد مسؤول محلي بأن طائرتين مسيرتين، نفذتا غارة على رتل للفصائل قرب مطار بغداد الدولي مساء الأحد.")]
    public void ADroneThatLaunchesARaidIsAnAirStrike(string sentence)
    {
        var incident = TestLexicons.Run(sentence).Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(IncidentType.Airstrike);
        incident.WeaponCount.ShouldBeNull();
    }

    [Theory]
    [InlineData("استهدفت طائرة مسيرة مفخخة قاعدة عين الأسد الجوية فجر اليوم.")]
    [InlineData("أطلقت الفصائل طائرات مسيرة، واستهدفت قاعدة عين الأسد الجوية فجر اليوم.")]
    [InlineData("أعلنت فصائل مسلحة مسؤوليتها عن ضربة بطائرة مسيرة على قاعدة حرير مساء الأحد.")]
    [InlineData("أعلنت المقاومة الإسلامية في العراق شن هجوم بطائرة مسيرة على قاعدة حرير مساء الأحد.")]
    [InlineData("استهدفت الفصائل قاعدة التنف بطائرتين مسيرتين، وشنت القوات الأمريكية غارة بعد ساعات على مواقع في الأنبار.")]
    public void AOneWayDroneStaysADrone(string sentence) =>
        TestLexicons.Run(sentence).Incidents.ShouldContain(i => i.Type == IncidentType.Drone);

    [Theory]
    [InlineData("وكان قيام الولايات المتحدة بقتل قائد إيراني في هجوم بطائرة مسيرة قرب مطار بغداد الدولي قد أشعل التوتر.", "us-government")]
    [InlineData("ونددت بغداد بإقدام القوات الأمريكية على قصف مواقع للحشد الشعبي في الأنبار فجر الأحد.", "us-forces")]
    public void TheDoerOfAVerbalNounOfDoingIsTheAttacker(string sentence, string attacker) =>
        TestLexicons.Run(sentence).Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldContain(attacker);

    [Theory]
    // The actor after قيام does something else; the attack is told apart.
    [InlineData("وطالب البرلمان بقيام الحكومة العراقية بالتحقيق في هجوم بطائرة مسيرة على قاعدة حرير فجر الأحد.")]
    [InlineData("وانتقد قيام الولايات المتحدة، الأسبوع الماضي، بإغلاق سفارتها بعد هجوم صاروخي على مطار بغداد الدولي.")]
    public void NoDoerWithoutAnArmedActorAndItsDeed(string sentence) =>
        TestLexicons.Run(sentence).Incidents.ShouldAllBe(i => !i.PerpetratorIds.Contains("us-government") && !i.PerpetratorIds.Contains("iraq-government"));
}

/// <summary>Raids and blasts are counted only as stated: a number or a dual, never "one" for a bare noun.</summary>
public class StatedCountTests
{
    [Theory]
    [InlineData("هز انفجاران قاعدة كالسو مساء الأحد دون وقوع إصابات.", IncidentType.Explosion, 2)]
    [InlineData("شنت مقاتلات غارتين على مواقع في الأنبار فجر اليوم.", IncidentType.Airstrike, 2)]
    [InlineData("شنت مقاتلات حربية ست غارات على مواقع في الأنبار فجر اليوم.", IncidentType.Airstrike, 6)]
    public void AStatedNumberOfRaidsOrBlastsIsTheCount(string sentence, IncidentType type, int count)
    {
        var incident = TestLexicons.Run(sentence).Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(type);
        incident.WeaponCount.ShouldBe(count);
    }

    [Theory]
    [InlineData("هز انفجار قاعدة كالسو مساء الأحد دون وقوع إصابات.")]
    [InlineData("شنت مقاتلات غارة على مواقع في الأنبار فجر اليوم.")]
    [InlineData("قتل قائد إيراني في هجوم بطائرة مسيرة أمريكية قرب مطار بغداد الدولي فجر اليوم.")]
    public void ABareRaidBlastOrStateDroneIsNoCountOfOne(string sentence) =>
        TestLexicons.Run(sentence).Incidents.ShouldHaveSingleItem().WeaponCount.ShouldBeNull();
}

/// <summary>A weapon word far from the attack, in a caption glued to a headline, does not type it.</summary>
public class WeaponReachTests
{
    [Fact]
    public void AnAircraftInAGluedCaptionDoesNotMakeTheHeadlinesAttackAnAirStrike()
    {
        const string text = "صورة أرشيفية لإحدى الطائرات الأمريكية على متن حاملة طائرات في مياه الخليج خلال مناورات بحرية مشتركة جرت "
            + "في وقت سابق بمشاركة قوات من عدة دول حليفة إصابة خمسة جنود في هجوم على قاعدة عين الأسد الجوية";
        TestLexicons.Run(text).Incidents.ShouldHaveSingleItem().Type.ShouldNotBe(IncidentType.Airstrike);
    }

    [Fact]
    public void AWeaponAfterALongPlaceAndTimeStillTypesTheAttack() =>
        TestLexicons.Run("تعرضت قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق التي تستضيف قوات أمريكية مساء الأحد لهجوم بثلاثة صواريخ من طراز كاتيوشا.")
            .Incidents.ShouldHaveSingleItem().Type.ShouldBe(IncidentType.Rocket);
}

/// <summary>In "الهجوم الذي استهدف X" the attack is the subject and X its object: the target, not the attacker.</summary>
public class RelativeClauseObjectTests
{
    [Fact]
    public void TheActorAfterARelativeAttackVerbIsTheTarget()
    {
        var incident = TestLexicons.Run("أصدرت القيادة بيانا حول الهجوم الصاروخي الذي استهدف قوات التحالف الدولي في قاعدة عين الأسد فجر اليوم.")
            .Incidents.ShouldHaveSingleItem();
        incident.PerpetratorIds.ShouldNotContain("coalition");
        incident.TargetIds.ShouldContain("coalition");
    }

    [Fact]
    public void TheActorAfterAMainAttackVerbIsTheAttacker() =>
        TestLexicons.Run("استهدفت قوات التحالف الدولي مواقع في الأنبار فجر اليوم بغارات جوية.")
            .Incidents.ShouldHaveSingleItem().PerpetratorIds.ShouldContain("coalition");

    /// <summary>
    /// A drone attack whose doer a later sentence names (a claim) is that doer's air strike when the doer is a state that
    /// flies armed drones; a militia's claim keeps it a drone attack.
    /// </summary>
    [Theory]
    [InlineData("استهدفت طائرة مسيرة سيارة قرب مدينة القائم مساء أمس. وأعلنت القيادة المركزية الأمريكية مسؤوليتها عن الضربة.", IncidentType.Airstrike)]
    [InlineData("استهدفت طائرة مسيرة سيارة قرب مدينة القائم مساء أمس. وأعلنت كتائب حزب الله مسؤوليتها عن الضربة.", IncidentType.Drone)]
    public void AStatesDroneNamedInAnotherSentenceStrikesFromTheAir(string text, IncidentType type)
    {
        var incident = TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        incident.Type.ShouldBe(type);
        incident.Support.ShouldContain(x => x.Field == IncidentField.Type && x.Value == type.ToString().ToLowerInvariant());
    }
}
