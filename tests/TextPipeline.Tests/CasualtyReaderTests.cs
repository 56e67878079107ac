using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

public class CasualtyReaderTests
{
    private static readonly CasualtyReader Reader = new(StageInput.Terms);

    private static (int? Killed, int? Wounded) Read(string text)
    {
        var tokens = StageInput.Tokens(text);
        var facts = Reader.Read(tokens, StageInput.Numbers(text), 0, tokens.Count);
        return (facts.Select(f => f.Killed).FirstOrDefault(k => k is not null), facts.Select(f => f.Wounded).FirstOrDefault(w => w is not null));
    }

    [Theory]
    [InlineData("الضربة تسببت بمقتل أربعة أعضاء من قوات الحشد الشعبي", 4, null)]
    [InlineData("ما أدى إلى إصابة خمسة على الأقل من أفراد الخدمة في الجيش الأمريكي واثنين من المتعاقدين", null, 7)]
    [InlineData("مما أسفر عن مقتل أحد أعضاء وحدات الحشد الشعبي وإصابة ثمانية أشخاص آخرين على الأقل", 1, 8)]
    [InlineData("قتل جنديان وأصيب أربعة آخرون", 2, 4)]
    [InlineData("سقوط ثلاثة قتلى و5 جرحى", 3, 5)]
    [InlineData("أسفرت عن مقتل القائد الأعلى للكتائب", 1, null)]
    [InlineData("أسفر عن مقتل نحو عشرين مسلحا", 20, null)]
    [InlineData("ما أدى إلى استشهاد ضابط وجنديين", 3, null)]
    [InlineData("أسفر عن مقتل جندي ومدني", 2, null)]
    [InlineData("أسفر عن مقتل ثلاثة جنود وجنديين من القوات الخاصة", 5, null)]
    // An ordinal standing for a person after those counted before it: one more.
    [InlineData("قتل جنديان وأصيب ثالث", 2, 1)]
    [InlineData("ما أدى إلى مقتل جندي وإصابة ثان بجروح", 1, 1)]
    // A death reported as the attack's, whatever its cause.
    [InlineData("توفي متعاقد أمريكي إثر نوبة قلبية أثناء الهجوم", 1, null)]
    [InlineData("توفي جنديان متأثرين بجروحهما", 2, null)]
    public void ReadsCasualtyFigures(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>Material damage said to be all (أضرارا مادية فقط) says there were no casualties; damage alone says nothing of them.</summary>
    [Theory]
    [InlineData("ما ألحق أضرارا مادية فقط بأحد المباني", 0, 0)]
    [InlineData("واقتصرت الحصيلة على خسائر مادية فقط", 0, 0)]
    [InlineData("ما ألحق أضرارا مادية بأحد المباني", null, null)]
    public void DamageOnlySaysNoCasualties(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>
    /// A harm word with a singular pronoun (مقتله، استشهادها، إصابته) is one person's, with a dual one (مقتلهما) two
    /// persons'; a plural one has no figure. Told as a time, not as a result (منذ مقتلهما), it is none.
    /// </summary>
    [Theory]
    [InlineData("استهدفت الضربة قياديا في الفصائل، مما أدى إلى مقتله", 1, null)]
    [InlineData("أصابت القذيفة منزل امرأة، ما أدى إلى استشهادها", 1, null)]
    [InlineData("استهدفت الضربة سيارة تقل عناصر من الفصائل، مما أدى إلى مقتلهم", null, null)]
    [InlineData("استهدفت مسيرة سيارة تقل قياديين في الفصائل، ما أسفر عن مقتلهما", 2, null)]
    [InlineData("سقطت القذيفة قرب حارس البوابة، ما أدى إلى إصابته بجروح", null, 1)]
    [InlineData("أصاب الصاروخ عربة جنديين، ما أدى إلى إصابتهما", null, 2)]
    [InlineData("نفذت الفصائل الهجوم بعد أسبوع من مقتلهما في غارة", null, null)]
    public void APronounCountsOneOrTwoPersons(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>
    /// Companions added after مع or برفقة (مصرعه مع ثلاثة من مرافقيه) are counted with the dead; مع before anything but a
    /// count of persons (مع القوات، مع بدء) adds none.
    /// </summary>
    [Theory]
    [InlineData("لقي قيادي في الفصائل مصرعه مع ثلاثة من مرافقيه بضربة جوية", 4)]
    [InlineData("أسفرت الغارة عن مقتل القيادي برفقة اثنين من عناصره", 3)]
    [InlineData("أسفرت الغارة عن مقتل القيادي مع بدء الهجوم البري", 1)]
    [InlineData("لقي جندي مصرعه مع 3 ساعات من القتال", 1)]
    public void CountsCompanionsOfTheDead(string text, int? killed) => Read(text).Killed.ShouldBe(killed);

    /// <summary>A vague quantity after the casualty word (إصابة العشرات) is no figure, and the count of another casualty word before it is not its count; a count before a passive verb still is.</summary>
    [Theory]
    [InlineData("أسفر الهجوم عن مقتل خمسة جنود وإصابة العشرات", 5, null)]
    [InlineData("أدى القصف إلى سقوط ثلاثة قتلى وجرح عشرات المدنيين", 3, null)]
    [InlineData("وقال المتحدث إن أربعة جنود أصيبوا بجروح طفيفة", null, 4)]
    public void AVagueQuantityIsNoFigureAndBorrowsNone(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>
    /// A named person's death tells who died, not how many: a person noun a name follows in its phrase (after a comma
    /// too) is no figure. Unnamed, definite or not, it is one.
    /// </summary>
    [Theory]
    [InlineData("جاء الهجوم في ذكرى اغتيال قائد فيلق القدس الجنرال قاسم سليماني بغارة أمريكية قرب مطار بغداد.", null)]
    [InlineData("أدت غارة أمريكية قرب مطار بغداد إلى مقتل قيادي بارز، أبو مهدي المهندس.", null)]
    [InlineData("قامت الولايات المتحدة بقتل القائد الإيراني، قاسم سليماني، في غارة قرب مطار بغداد.", null)]
    [InlineData("أدت غارة أمريكية قرب مطار بغداد إلى مقتل قيادي بارز في الحشد.", 1)]
    [InlineData("أسفرت غارة أمريكية قرب مطار بغداد عن مقتل القائد الأعلى للفصيل.", 1)]
    public void ANamedPersonsDeathIsNoFigure(string text, int? killed) =>
        new ArticlePipeline(RepoFiles.Lexicons).Run(new ArticleInput(text)).Incidents.ShouldHaveSingleItem().Killed.ShouldBe(killed);

    /// <summary>A count of one or two follows its noun as an adjective; "آخر" is one more person.</summary>
    [Theory]
    [InlineData("أدى القصف إلى مقتل عسكريين اثنين وإصابة ثلاثة آخرين", 2, 3)]
    [InlineData("ما أسفر عن مقتل مدنيين اثنين", 2, null)]
    [InlineData("أسفر عن مقتل جندي وجرح آخر", 1, 1)]
    [InlineData("وتسبب في مقتل ثلاثة جنود من القوات الدولية، ومتعاقد مدني", 4, null)]
    [InlineData("وتسبب في مقتل ثلاثة عسكريين، وتدمير آليتين", 3, null)]
    [InlineData("مما أدى إلى مقتل عنصر وإصابة آخر بجروح خطيرة", 1, 1)]
    public void ReadsACountAfterItsNounAndAnotherAsOne(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>
    /// A zero said of one nationality's people is that group's: beside another's death it is no total; alone, it is the
    /// attack's zero.
    /// </summary>
    [Theory]
    [InlineData("قتل متعاقد مدني في هجوم صاروخي على قاعدة عين الأسد فجر اليوم. وقال المتحدث إنه لم يصب أي من الجنود الأمريكيين.", 1, null)]
    [InlineData("أصيب ثلاثة جنود عراقيين في هجوم صاروخي على قاعدة عين الأسد فجر اليوم، دون وقوع إصابات في صفوف القوات الأمريكية.", null, 3)]
    [InlineData("سقط صاروخان على قاعدة عين الأسد فجر اليوم، دون وقوع إصابات في صفوف القوات الأمريكية.", 0, 0)]
    [InlineData("قتل متعاقد مدني في هجوم صاروخي على قاعدة عين الأسد فجر اليوم. وقال المتحدث إنه لم يصب أي جندي.", 1, 0)]
    public void AZeroOfOneNationalityIsNoTotalBesideOthersHarm(string text, int? killed, int? wounded)
    {
        var incident = TestLexicons.Run(text, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem();
        (incident.Killed, incident.Wounded).ShouldBe((killed, wounded));
    }

    /// <summary>The dual of a person noun joined by و is two more (امرأة وطفلين = 3); the dual of a thing is none.</summary>
    [Theory]
    [InlineData("ما أدى إلى إصابة امرأة وطفلين بجروح", null, 3)]
    [InlineData("أسفر القصف عن مقتل رجل وامرأتين", 3, null)]
    [InlineData("أسفر القصف عن إصابة جندي وعربتين", null, 1)]
    public void ADualOfAPersonNounIsTwoMore(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>
    /// One person named by whose companion or kin he is, joined by و, is one more (قيادي ومرافقه = 2); his companions in
    /// the plural leave the figure unknown; the companion in another clause, or a thing he owns, adds none.
    /// </summary>
    [Theory]
    [InlineData("ما أدى إلى مقتل قيادي في الحرس الثوري ومرافقه", 2, null)]
    [InlineData("أسفر القصف عن مقتل مسؤول محلي وسائقه", 2, null)]
    [InlineData("أسفر الانفجار عن إصابة ضابط في الشرطة ونجله", null, 2)]
    [InlineData("أسفرت الغارة عن مقتل قيادي في الفصائل ومرافقيه", null, null)]
    [InlineData("أسفرت الغارة عن مقتل قيادي في الفصائل وأفراد حمايته", null, null)]
    [InlineData("أسفر الهجوم عن إصابة جندي أمريكي بجروح طفيفة وعدد من المتعاقدين بحالات ارتجاج", null, null)]
    [InlineData("أسفرت الغارة عن مقتل قيادي في الفصائل، وقال مسؤول إن سائقه نجا", 1, null)]
    [InlineData("أسفرت الغارة عن مقتل قيادي في الفصائل وتدمير سيارته", 1, null)]
    public void ACompanionOrKinNamedByHisManIsOneMore(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>The subject put before a passive casualty verb: a singular person noun is one, a counted noun its count.</summary>
    [Theory]
    [InlineData("ذكر ضابط أن موظفا مدنيا بريطانيا قتل في القصف", 1, null)]
    [InlineData("وذكرت الوكالة أن ثلاثة جنود أصيبوا في القصف", null, 3)]
    [InlineData("وأكد المصدر أن جنديا عراقيا جرح في الانفجار", null, 1)]
    [InlineData("قال المجلس إن 4 مدنيين على الأقل قتلوا في القصف", 4, null)]
    [InlineData("قال الجيش إن أحد جنوده قتل وأصيب اثنان آخران في الهجوم", 1, 2)]
    [InlineData("أفادت الشرطة بأن أحد عشر مدنيا قتلوا في القصف", 11, null)]
    public void ReadsTheSubjectBeforeAPassiveCasualtyVerb(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>A negated verb of dying or of being hurt zeroes that figure only.</summary>
    [Theory]
    [InlineData("في حين لم يقتل أي جندي بريطاني في القصف", 0, null)]
    [InlineData("ولم يقتل أي جندي، لكن أصيب 11 آخرون بارتجاج", 0, 11)]
    [InlineData("وقال الجيش إن الصواريخ لم تصب السفارة بل سقطت قربها", null, null)]
    public void ANegatedCasualtyVerbZeroesItsOwnFigure(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>No person before the verb, or a clause break between: no figure.</summary>
    [Theory]
    [InlineData("أدان البيان قتل المدنيين في القصف")]
    [InlineData("وصل الجندي، وقتل في وقت لاحق")]
    [InlineData("أصيبت السيارة بأضرار")]
    public void ReadsNoSubjectFigureWithoutAPersonBeforeTheVerb(string text) => Read(text).ShouldBe((null, null));

    /// <summary>What follows و is not added when it is no person (جندي وسيارته) or another casualty word's (جندي وإصابة اثنين).</summary>
    [Theory]
    [InlineData("أسفر عن مقتل جندي وتدمير عربتين", 1, null)]
    [InlineData("أسفر عن مقتل جندي وإصابة اثنين", 1, 2)]
    [InlineData("أسفر عن مقتل ضابط وسيارتين", 1, null)]
    public void AddsOnlyPersonsOfTheSameFigure(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>The dead are the subject of لقي, the count stands before the casualty word, however far in the clause.</summary>
    [Theory]
    [InlineData("لقي ثلاثة جنود مصرعهم في الهجوم", 3)]
    [InlineData("لقي عنصران من الجيش العراقي حتفهما في القصف", 2)]
    [InlineData("لقي ثلاثة من عناصر الحشد الشعبي مصرعهم بقصف طائرة مسيرة", 3)]
    [InlineData("ولقي جندي أمريكي مصرعه", 1)]
    [InlineData("واستشهد اثنان من مقاتلي الحشد", 2)]
    [InlineData("لقي نحو عشرين مسلحا مصرعهم", 20)]
    public void ReadsTheDeadAsTheSubjectOfAFateVerbOrAMartyrdomVerb(string text, int killed) => Read(text).ShouldBe((killed, null));

    /// <summary>A toll takes the figure it rises to (إلى) or reaches (a count of persons), past other numbers in the clause.</summary>
    [Theory]
    [InlineData("ارتفعت حصيلة قتلى الهجوم بالطائرة المسيرة على قاعدة البرج 22 في الأردن إلى ثلاثة جنود أمريكيين", 3, null)]
    [InlineData("ارتفع عدد الجرحى في الهجوم الصاروخي على قاعدة حرير إلى 12", null, 12)]
    [InlineData("بلغت حصيلة القتلى في الهجوم على معسكر التاجي أربعة جنود", 4, null)]
    [InlineData("ارتفعت حصيلة القتلى في الهجوم على القاعدة إلى نحو عشرين", 20, null)]
    [InlineData("وقالت القيادة المركزية إن عدد المصابين بلغ 34، بينهم ثمانية نقلوا للعلاج", null, 34)]
    [InlineData("بلغ عدد الجرحى 12 بحسب مصدر طبي", null, 12)]
    public void ReadsTheFigureOfAToll(string text, int? killed, int? wounded) => Read(text).ShouldBe((killed, wounded));

    /// <summary>No rise or count of persons after the toll, a number that is a name, or a new clause: no figure.</summary>
    [Theory]
    [InlineData("لم تعرف حصيلة القتلى في الهجوم على قاعدة حرير حتى الآن")]
    [InlineData("حصيلة قتلى الهجوم على البرج 22 غير معروفة")]
    [InlineData("بلغت حصيلة القتلى في الهجوم على البرج 22 رقما كبيرا")]
    [InlineData("ارتفعت حصيلة القتلى، وأرسلت الحكومة إلى 3 مستشفيات فرقا طبية")]
    [InlineData("وصل القتلى في الهجوم على القاعدة إلى 3 مستشفيات")]
    [InlineData("إن عدد الجرحى بلغ ذروته قبل 3 أيام")]
    [InlineData("بلغ عدد الجرحى في المستشفى الميداني ذروته")]
    public void AFigureThatIsNoTollIsNotTaken(string text) => Read(text).ShouldBe((null, null));

    [Theory]
    [InlineData("لقي الاتفاق ترحيبا من ثلاثة أحزاب قبل مصرعه")]
    [InlineData("لقي ثلاثة جنود، بحسب المصدر، مصرعهم")]
    [InlineData("استشهد الوزير بتقرير عن الهجوم")]
    [InlineData("لقي المشروع دعم ثلاثة وزراء رغم مصرع المهندس")]
    public void AFateVerbFarAwayAcrossAClauseOrWithNoCountGivesNoFigure(string text) => Read(text).ShouldBe((null, null));

    [Theory]
    [InlineData("لكن دون التسبب في خسائر بشرية")]
    [InlineData("لم يسفر عن ضحايا أو أضرار")]
    [InlineData("من دون تسجيل أي خسائر تذكر")]
    [InlineData("ولم يصب أي فرد أمريكي في هذا الحادث")]
    [InlineData("دون أن يتسبب في وقوع إصابات أو أضرار")]
    [InlineData("فيما سقطت الثالثة قرب المطار دون أن تسفر عن خسائر")]
    [InlineData("ولا توجد أي إصابات بين الجنود")]
    public void ReadsZerosOnlyFromAnExplicitNoCasualtyPhrase(string text) => Read(text).ShouldBe((0, 0));

    /// <summary>No report of casualties is not a report of none: the figures stay unknown.</summary>
    [Theory]
    [InlineData("وأضاف المصدران أنه لم ترد تقارير عن وقوع إصابات")]
    [InlineData("ولم ترد أنباء عن سقوط ضحايا في صفوف الجنود")]
    [InlineData("مؤكدا أنه لم ترد حتى الآن أي تقارير عن خسائر بشرية")]
    public void NoReportOfCasualtiesIsNoZero(string text) => Read(text).ShouldBe((null, null));

    [Theory]
    [InlineData("أسفرت عن مقتل عدد من قياداتها")]
    [InlineData("وأسفر الهجوم عن إصابات")]
    [InlineData("حتى مقتله العام الماضي")]
    [InlineData("استهدفت طائرة مسيرة القاعدة")]
    [InlineData("ولم يعرف بعد عدد الضحايا")]
    [InlineData("دون ورود معلومات عن خسائر بشرية")]
    public void VagueOrMissingFiguresAreUnknown(string text) => Read(text).ShouldBe((null, null));
}
