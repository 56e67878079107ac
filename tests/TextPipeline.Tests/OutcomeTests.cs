using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>
/// The outcome of an attack by launched weapons: false when one landed, hit, did damage or caused casualties; true when
/// every one was shot down; null when the text does not say. Sentences written here, in the styles of several outlets.
/// </summary>
public class OutcomeTests
{
    private static readonly OutcomeReader Reader = new(StageInput.Terms);

    private static Incident Single(string text) => new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text)).Incidents.ShouldHaveSingleItem();

    private static int ImpactCount(string text)
    {
        var tokens = StageInput.Tokens(text);
        var weapons = new WeaponClassifier(StageInput.Terms).Find(tokens, 0, tokens.Count);
        return Reader.Impacts(tokens, weapons, 0, tokens.Count).Count;
    }

    [Theory]
    [InlineData("أصاب صاروخ مبنى السكن داخل قاعدة حرير الجوية مساء أمس.", IncidentType.Rocket, "harir-air-base")]
    [InlineData("بغداد - ضربت خمسة صواريخ كاتيوشا قاعدة عين الأسد الجوية فجر اليوم.", IncidentType.Rocket, "ain-al-asad")]
    [InlineData("استهدفت طائرة مسيرة قاعدة التنف وأحدثت أضرارا مادية في أحد المباني.", IncidentType.Drone, "al-tanf")]
    [InlineData("استهدفت طائرة مسيرة مقرا للحشد الشعبي في قضاء القائم، عصر اليوم، ما أدى إلى احتراق عجلتين.", IncidentType.Drone, "al-qaim")]
    [InlineData("تعرضت قاعدة بلد الجوية لهجوم بثلاثة صواريخ، وأسقطت منظومة الدفاع صاروخين بينما ارتطم الثالث بمستودع للوقود.", IncidentType.Rocket, "balad-air-base")]
    [InlineData("أفادت مصادر أمنية بسقوط صاروخ داخل قاعدة عين الأسد في الأنبار.", IncidentType.Rocket, "ain-al-asad")]
    [InlineData("أطلق الحوثيون صاروخا باليستيا على سفينة في البحر الأحمر، وشوهد الصاروخ وهو يرتطم بالمياه قربها.", IncidentType.Missile, "red-sea")]
    public void AWeaponThatLandedOrHitIsNotIntercepted(string sentence, IncidentType type, string place)
    {
        var incident = Single(sentence);
        (incident.Type, incident.PlaceId, incident.Intercepted).ShouldBe((type, place, (bool?)false));
    }

    [Fact]
    public void CasualtiesFromALaunchedWeaponMeanItWasNotIntercepted() =>
        Single("أصيب أربعة جنود أمريكيين في هجوم بطائرة مسيرة على قاعدة التنف.").Intercepted.ShouldBe(false);

    /// <summary>
    /// People hurt with no count given (إصابة عدد من، العشرات، إن عددا من العسكريين أصيبوا), here or in the next sentence,
    /// are casualties all the same: a hit. Not when they are rumoured (أنباء عن إصابات), unknown (لم يعرف عدد المصابين) or denied.
    /// </summary>
    [Theory]
    [InlineData("أصيب عدد من العسكريين الأمريكيين في هجوم صاروخي على قاعدة عين الأسد مساء السبت.", false)]
    [InlineData("قال المتحدث إن عددا من العسكريين أصيبوا بجروح طفيفة في هجوم بطائرة مسيرة على قاعدة حرير مساء السبت.", false)]
    [InlineData("استهدف هجوم بطائرة مسيرة قاعدة حرير مساء السبت.\nوأسفر الهجوم عن إصابة العشرات.", false)]
    [InlineData("وردت أنباء عن إصابات في هجوم بطائرة مسيرة على قاعدة حرير مساء السبت.", null)]
    [InlineData("تعرضت قاعدة حرير لهجوم بطائرة مسيرة مساء السبت، ولم يعرف عدد المصابين.", null)]
    [InlineData("استهدف هجوم بطائرة مسيرة قاعدة حرير مساء السبت، ولم يصب أي عدد من الجنود.", null)]
    public void PeopleHurtWithNoCountAreAHit(string text, bool? intercepted) => Single(text).Intercepted.ShouldBe(intercepted);

    [Theory]
    [InlineData("استهدفت طائرة مسيرة قاعدة حرير الجوية دون أن تسفر عن إصابات أو أضرار.", null)]
    [InlineData("أسقطت الدفاعات الجوية طائرة مسيرة سقطت قرب قاعدة عين الأسد.", true)]
    [InlineData("أعلنت خلية الإعلام الأمني اعتراض صاروخين أطلقا باتجاه قاعدة عين الأسد.", true)]
    [InlineData("تعرضت قاعدة التنف لهجوم بطائرتين مسيرتين مساء الأحد.", null)]
    [InlineData("تصدت الدفاعات الجوية لهجوم صاروخي استهدف قاعدة عين الأسد، وأسقطت معظم الصواريخ.", null)]
    [InlineData("أسقطت الدفاعات الجوية الصواريخ الثلاثة التي استهدفت قاعدة عين الأسد.", true)]
    [InlineData("تصدت الدفاعات الجوية لهجوم صاروخي استهدف قاعدة عين الأسد، وأسقطت عددا منها.", null)]
    [InlineData("تعرضت قاعدة حرير لهجوم بطائرتين مسيرتين مساء السبت، أسقطت الدفاعات إحداهما.", null)]
    [InlineData("أسقطت الدفاعات الجوية طائرة مسيرة قرب قاعدة حرير مساء السبت قبل احتراق حطامها في حقل زراعي.", true)]
    [InlineData("أسقطت الدفاعات الجوية طائرة مسيرة قرب قاعدة حرير مساء السبت قبل اشتعال النيران في حطامها.", true)]
    public void NoHitIsReadWhereNoneIsSaid(string sentence, bool? intercepted) => Single(sentence).Intercepted.ShouldBe(intercepted);

    /// <summary>
    /// A later sentence's interception goes to the attack whose weapons it names (أسقطت الطائرتين: the drones), not to the
    /// last attack told when that one was of another kind; of the same kind, it stays with the last.
    /// </summary>
    [Theory]
    [InlineData("تعرضت قاعدة عين الأسد لهجوم بطائرتين مسيرتين فجر الأحد، فيما استهدفت صواريخ قاعدة التنف في سوريا. "
        + "وأكد مسؤول أمريكي أن الدفاعات أسقطت الطائرتين، بينما لم تسفر الصواريخ عن إصابات.", "ain-al-asad", "al-tanf")]
    [InlineData("تعرضت قاعدة عين الأسد لهجوم صاروخي فجر الأحد، فيما استهدفت طائرة مسيرة قاعدة التنف في سوريا. "
        + "وأكد مسؤول أمريكي أن الدفاعات أسقطت الطائرة المسيرة.", "al-tanf", "ain-al-asad")]
    public void AnInterceptionToldLaterGoesToTheAttackOfTheWeaponItNames(string text, string shotDown, string other)
    {
        var incidents = TestLexicons.Run(text, RepoFiles.Lexicons).Incidents;
        incidents.Single(i => i.PlaceId == shotDown).Intercepted.ShouldBe(true);
        incidents.Single(i => i.PlaceId == other).Intercepted.ShouldBeNull();
    }

    /// <summary>
    /// Firing to intercept (لاعتراضه، لإسقاطها) is an attempt whose outcome is not told; an interception a verb of leading
    /// to introduces (أدى لإسقاطها) happened.
    /// </summary>
    [Theory]
    [InlineData("تعرضت السفارة الأمريكية في بغداد لهجوم بطائرة مسيرة، وأطلقت منظومة سي رام صواريخها لاعتراضها.", null)]
    [InlineData("هاجمت طائرة مسيرة قاعدة حرير الجوية، وتحركت المقاتلات لإسقاطها.", null)]
    [InlineData("هاجمت طائرة مسيرة قاعدة حرير الجوية، وتصدت لها الدفاعات الجوية ما أدى لإسقاطها.", true)]
    public void FiringToInterceptIsNoInterception(string sentence, bool? intercepted) => Single(sentence).Intercepted.ShouldBe(intercepted);

    /// <summary>
    /// A platform shot down after it fired ("قبل أن تسقطها الدفاعات") was not every weapon stopped: its weapons were away.
    /// Shot down before it reached its target, it was.
    /// </summary>
    [Theory]
    [InlineData("هاجمت طائرتان مسيرتان قاعدة حميميم مساء الأحد. وذكر مصدر محلي أن الطائرتين المسيرتين أطلقتا صاروخين على المدرج قبل أن تسقطهما المضادات الأرضية.", null)]
    [InlineData("قالت وزارة الدفاع الروسية إن طائرة مسيرة تمكنت من قصف قاعدة حميميم بقذيفتين قبيل أن تتمكن منظومة بانتسير من إسقاطها.", null)]
    [InlineData("هاجمت طائرتان مسيرتان قاعدة حميميم مساء الأحد. وذكر مصدر محلي أن المضادات الأرضية أسقطت الطائرتين المسيرتين قبل وصولهما إلى المدرج.", true)]
    [InlineData("استهدفت طائرة مسيرة قاعدة حميميم، وأسقطتها الدفاعات الجوية قبل أن تصل إلى المدرج.", true)]
    public void APlatformDownedAfterItFiredIsNoInterception(string text, bool? intercepted) =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text)).Incidents.ShouldHaveSingleItem().Intercepted.ShouldBe(intercepted);

    /// <summary>Damage after an air strike says nothing of interception: the outcome is read for launched weapons only.</summary>
    [Fact]
    public void AnAirStrikeHasNoOutcome() =>
        Single("شن الطيران الحربي الأمريكي غارة على مواقع للفصائل في القائم ألحقت أضرارا كبيرة بالمباني.").Intercepted.ShouldBeNull();

    /// <summary>"هجوم مماثل" with no weapon of its own is of the kind of the attack it likens; without the likening it is untyped.</summary>
    [Theory]
    [InlineData("استهدفت طائرتان مسيرتان قاعدة التنف مساء الثلاثاء. وكانت قاعدة عين الأسد قد تعرضت لهجوم مماثل في وقت سابق من اليوم نفسه.", IncidentType.Drone)]
    [InlineData("استهدفت طائرتان مسيرتان قاعدة التنف مساء الثلاثاء. وكانت قاعدة عين الأسد قد تعرضت لهجوم في وقت سابق من اليوم نفسه.", IncidentType.Other)]
    public void ALikenedAttackTakesTheKindOfTheOneItLikens(string text, IncidentType type) =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text)).Incidents.Single(i => i.PlaceId == "ain-al-asad").Type.ShouldBe(type);

    /// <summary>
    /// Today's attack and one "some 15 days ago" in one sentence: the earlier is recalled, and each keeps its own figures
    /// and outcome; a date opening a new clause (، وقبل ...) dates what follows it.
    /// </summary>
    [Fact]
    public void AnAttackDaysAgoInTheSameSentenceIsRecalledWithItsOwnFigures()
    {
        var incidents = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(
            "أفادت مصادر باستهداف قاعدة بلد الجوية مساء أمس بعشر قذائف صاروخية، وقالت الوزارة إن الهجوم لم ينتج عنه وقوع إصابات، وقبل نحو 15 يوما، أصيب شخصان عقب قصف قاعدة بلد بعدد من الصواريخ.")).Incidents;
        incidents.Count.ShouldBe(2);
        var today = incidents.Single(i => !i.Background);
        (today.Type, today.WeaponCount, today.Killed, today.Wounded).ShouldBe((IncidentType.Rocket, (int?)10, (int?)0, (int?)0));
        var earlier = incidents.Single(i => i.Background);
        (earlier.Wounded, earlier.Intercepted).ShouldBe(((int?)2, (bool?)false));
    }

    /// <summary>
    /// "جاء القصف بعد يوم من ...": what follows من happened a day or more earlier, with its own figures; the span dates
    /// neither attack. Hours after are the same day.
    /// </summary>
    [Theory]
    [InlineData("قتل عنصران بغارة جوية تركية استهدفت سيارة في ناحية بامرني بمحافظة دهوك. وجاءت الغارة بعد يوم من مقتل أربعة مقاتلين بقصف جوي تركي استهدف سيارة قرب مدينة دهوك.", true)]
    [InlineData("قتل عنصران بغارة جوية تركية استهدفت سيارة في ناحية بامرني بمحافظة دهوك. وجاءت الغارة بعد ساعات من مقتل أربعة مقاتلين بقصف جوي تركي استهدف سيارة قرب مدينة دهوك.", false)]
    public void AnAttackDaysBeforeTheOneToldIsRecalled(string text, bool recalled)
    {
        var incidents = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text)).Incidents;
        var earlier = incidents.Where(i => i.PlaceId == "duhok").ToList();
        earlier.ShouldNotBeEmpty();
        earlier.ShouldAllBe(i => i.Type == IncidentType.Airstrike && i.Background == recalled);
        earlier.ShouldAllBe(i => i.Date == null || !i.Date.Span.Text.Contains("بعد"));
    }

    /// <summary>"بعد أسبوع على ..." leads to the earlier event as "بعد أسبوع من" does; its weapon is its own, not the later attack's.</summary>
    [Theory]
    [InlineData("وبعد أقل من أسبوع على مقتل القائد في غارة أمريكية قرب مطار بغداد، شنت الفصائل هجوما على قاعدة عين الأسد.", true, IncidentType.Other)]
    [InlineData("وبعد ساعات على مقتل القائد في غارة أمريكية قرب مطار بغداد، شنت الفصائل هجوما على قاعدة عين الأسد.", false, IncidentType.Other)]
    [InlineData("وبعد يوم على الغارة الأمريكية قرب مطار بغداد، قصفت الفصائل قاعدة عين الأسد بثلاثة صواريخ.", true, IncidentType.Rocket)]
    public void AnEarlierEventAfterAlaIsRecalledAndKeepsItsWeapon(string text, bool recalled, IncidentType laterType)
    {
        var incidents = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text)).Incidents;
        incidents.Single(i => i.PlaceId == "baghdad-international-airport").Background.ShouldBe(recalled);
        var later = incidents.Single(i => i.PlaceId == "ain-al-asad");
        (later.Type, later.Background).ShouldBe((laterType, false));
    }

    [Theory]
    [InlineData("ضربت خمسة صواريخ القاعدة", 1)]
    [InlineData("الصواريخ ضربت القاعدة", 1)]
    [InlineData("ضربت الولايات المتحدة أهدافا للفصائل", 0)]
    [InlineData("مخاوف من سقوط ضحايا", 0)]
    [InlineData("لم يسفر الهجوم عن إصابات أو أضرار", 0)]
    [InlineData("ألقت وزارة الدفاع باللوم على الفصائل", 0)]
    [InlineData("طائرة مسيرة ألقت متفجرات قرب القاعدة", 1)]
    [InlineData("أسقطت الدفاعات صاروخين بينما سقط الثالث داخل القاعدة", 1)]
    [InlineData("أسقطت الدفاعات طائرة مسيرة سقطت قرب القاعدة", 0)]
    // A fire the weapon set is a hit; the fall of its debris, and the fire that fall set, are not.
    [InlineData("سقطت طائرة مسيرة داخل المطار ما أدى إلى اندلاع حريق في أحد المخازن", 2)]
    [InlineData("استهدفت الصواريخ السفينة ما أدى إلى اشتعال النيران فيها", 1)]
    [InlineData("أسقطت الدفاعات طائرة مسيرة، وسقط حطامها في أرض زراعية ما أدى إلى اشتعال النيران في المحاصيل", 0)]
    [InlineData("أسقطت الدفاعات الصاروخ، وشظاياه سقطت قرب الجسر", 0)]
    [InlineData("أسقطت الدفاعات طائرة، وسقط حطامها في أرض زراعية. وسقطت طائرة ثانية داخل القاعدة", 1)]
    // A denial negates the damage it denies; a confirmation does not.
    [InlineData("نفى التحالف الدولي وقوع أي أضرار في القاعدة", 0)]
    [InlineData("أكد التحالف الدولي وقوع أضرار في القاعدة", 1)]
    // A weapon that exploded where it was sent landed; one that exploded in the air did not.
    [InlineData("انفجرت طائرة مسيرة مفخخة داخل القاعدة", 1)]
    [InlineData("أطلقت ثلاثة صواريخ على المطار، انفجر أحدها قرب المدرج", 1)]
    [InlineData("انفجرت الطائرة المسيرة في الجو قبل وصولها إلى هدفها", 0)]
    [InlineData("انفجرت طائرة مسيرة في سماء المطار", 0)]
    [InlineData("أسقطت الدفاعات طائرة مسيرة انفجرت قرب القاعدة", 0)]
    // The fall after an interception is the downed weapon's, unless another weapon falls: الأخرى، الثانية.
    [InlineData("أسقطت الدفاعات إحداهما وسقطت الأخرى داخل القاعدة", 1)]
    [InlineData("أسقطت الدفاعات إحداهما وانفجرت الثانية في محيط القاعدة", 1)]
    [InlineData("أسقطت الدفاعات إحداهما وسقطت قرب القاعدة", 0)]
    [InlineData("", 0)]
    public void FindsImpactWordsOnlyWhereTheySayAHit(string text, int count) => ImpactCount(text).ShouldBe(count);

    [Theory]
    [InlineData("أطلقت طائرتان مسيرتان باتجاه قاعدة حرير، فأسقطت الدفاعات الجوية إحداهما وانفجرت الأخرى في محيط القاعدة.", false)]
    [InlineData("هاجمت طائرتان مسيرتان مطار أربيل الدولي، أسقطت الدفاعات الأولى وسقطت الثانية قرب المدرج دون إصابات.", false)]
    [InlineData("أسقطت الدفاعات الجوية طائرة مسيرة فوق مطار أربيل الدولي، وانفجرت في الجو.", true)]
    public void AnotherWeaponThatLandedOrExplodedAfterAnInterceptionMakesItNotIntercepted(string sentence, bool intercepted) =>
        Single(sentence).Intercepted.ShouldBe(intercepted);

    /// <summary>
    /// A weapon told as another or the second after one of its kind (صاروخ آخر، صاروخ ثان، مسيرة أخرى) makes two of the
    /// attack the sentence places, and one that landed after one shot down leaves it not intercepted. A stated count
    /// stays; another place is another attack.
    /// </summary>
    [Theory]
    [InlineData("اعترضت الدفاعات الجوية صاروخا أطلق على قاعدة عين الأسد، بينما سقط صاروخ آخر داخل القاعدة.", 2, false)]
    [InlineData("تصدت منظومة الدفاع لصاروخ كاتيوشا أطلق باتجاه السفارة الأمريكية في بغداد، فيما سقط صاروخ ثان قرب جسر الجمهورية.", 2, false)]
    [InlineData("قالت القيادة المركزية إن مدمرة اعترضت صاروخا باليستيا أطلق من اليمن على سفينة في البحر الأحمر، بينما سقط صاروخ آخر في البحر.", 2, false)]
    [InlineData("أسقطت الدفاعات الجوية طائرة مسيرة فوق قاعدة حرير الجوية فجر اليوم، فيما سقطت مسيرة أخرى داخل القاعدة.", 2, false)]
    [InlineData("أطلقت ثلاثة صواريخ على قاعدة عين الأسد، وأسقطت الدفاعات الجوية صاروخين بينما سقط صاروخ آخر داخل القاعدة.", 3, false)]
    [InlineData("أسقطت الدفاعات الجوية طائرة مسيرة فوق قاعدة حرير الجوية فجر اليوم.", 1, true)]
    // An ordinal after its count (the noun left out, or a bare noun): one more, and it landed.
    [InlineData("أسقطت الدفاعات الجوية طائرتين مسيرتين استهدفتا قاعدة حرير الجوية، بينما سقطت طائرة ثالثة داخل القاعدة.", 3, false)]
    [InlineData("اعترضت منظومة سي رام صاروخين أطلقا على السفارة الأمريكية في بغداد، فيما سقط الثالث قرب جسر الجمهورية.", 3, false)]
    [InlineData("أطلقت الفصائل ثلاثة صواريخ على قاعدة عين الأسد، وسقط الثاني منها خارج السياج.", 3, false)]
    // An ordinal that does not follow its count, or tells a series, changes nothing.
    [InlineData("سقط صاروخ على مطار أربيل الدولي، فيما سقط صاروخ ثالث في حي سكني قريب.", 1, false)]
    [InlineData("استهدفت طائرة مسيرة قاعدة التنف للمرة الثالثة خلال أسبوع.", 1, null)]
    public void AnotherWeaponOfTheKindIsOneMore(string sentence, int count, bool? intercepted)
    {
        var incident = Single(sentence);
        incident.WeaponCount.ShouldBe(count);
        incident.Intercepted.ShouldBe(intercepted);
        incident.Support.ShouldContain(x => x.Field == IncidentField.WeaponCount && sentence.Contains(x.Span.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void AnotherWeaponAtAnotherPlaceIsAnotherAttack()
    {
        var facts = new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(
            "سقط صاروخ داخل قاعدة عين الأسد فجر اليوم، فيما سقط صاروخ آخر داخل قاعدة حرير الجوية."));
        facts.Incidents.Count.ShouldBe(2);
        facts.Incidents.ShouldAllBe(i => i.WeaponCount == 1);
    }

    /// <summary>
    /// Some shot down out of a whole (ثلاثا من أصل خمس، صاروخين من أصل ثلاثة) is not every one shot down, nor a hit:
    /// the attack had the whole, and whether it was intercepted is not said. All of them shot down is.
    /// </summary>
    [Theory]
    [InlineData("أسقطت الدفاعات الجوية ثلاثا من أصل خمس طائرات مسيرة حاولت استهداف قاعدة حرير الجوية فجر اليوم.", 5, null)]
    [InlineData("تمكنت منظومة الدفاع من اعتراض صاروخين من أصل ثلاثة صواريخ أطلقت على السفارة الأمريكية في بغداد.", 3, null)]
    [InlineData("أسقطت الدفاعات الجوية جميع الطائرات المسيرة الخمس التي حاولت استهداف قاعدة حرير الجوية فجر اليوم.", 5, true)]
    // A part with the pronoun of the whole: "أسقطت معظمها".
    [InlineData("تصدت الدفاعات الجوية لثلاث طائرات مسيرة استهدفت قاعدة حرير الجوية وأسقطت معظمها.", 3, null)]
    [InlineData("تصدت الدفاعات الجوية لثلاث طائرات مسيرة استهدفت قاعدة حرير الجوية وأسقطتها جميعا.", 3, true)]
    // The whole told after the object and its adjectives.
    [InlineData("أسقطت الدفاعات الجوية طائرتين مسيرتين مفخختين من أصل ثلاث أطلقت باتجاه مطار أربيل الدولي ليلة أمس.", 3, null)]
    [InlineData("أسقطت الدفاعات الجوية طائرتين مسيرتين مفخختين أطلقتا باتجاه مطار أربيل الدولي من منطقة تقع جنوب المدينة.", 2, true)]
    public void SomeShotDownOutOfAWholeIsNotAllShotDown(string sentence, int count, bool? intercepted)
    {
        var incident = Single(sentence);
        incident.WeaponCount.ShouldBe(count);
        incident.Intercepted.ShouldBe(intercepted);
    }

    /// <summary>
    /// A weapon that missed what it was fired at (لكنه لم يصبها، دون أن يصيبها) was not shot down; missing because it was
    /// intercepted is no miss, and nobody hurt (لم يصب أحد) says nothing of the weapon.
    /// </summary>
    [Theory]
    [InlineData("أطلق الحوثيون صاروخا باليستيا باتجاه مدمرة أمريكية في البحر الأحمر، لكنه لم يصبها.", false)]
    [InlineData("سقطت قذيفة هاون قرب قاعدة حرير الجوية دون أن تصيبها.", false)]
    [InlineData("اعترضت المدمرة صاروخا باليستيا أطلقه الحوثيون في البحر الأحمر، فلم يصبها.", true)]
    [InlineData("أطلق الحوثيون صاروخا باليستيا باتجاه مدمرة في البحر الأحمر، ولم يصب أحد بأذى.", null)]
    public void AWeaponThatMissedWasNotShotDown(string sentence, bool? intercepted) =>
        Single(sentence).Intercepted.ShouldBe(intercepted);
}
