namespace NewsFacts.TextPipeline.Tests;

/// <summary>
/// Who carried out an attack, as the sentence says it: a statement in an armed group's name, an agent phrase, a blame,
/// a subject fronted after إن. Never the defender, the reporter or the army that merely reports it. Sentences written here.
/// </summary>
public class PerpetratorTests
{
    private static IReadOnlyList<string> Perpetrators(string sentence) =>
        TestLexicons.Run(sentence, RepoFiles.Lexicons).Incidents.ShouldHaveSingleItem().PerpetratorIds;

    [Theory]
    [InlineData("قال بيان باسم المقاومة الإسلامية في العراق، مساء الأحد، إن طائرتين مسيرتين استهدفتا قاعدة حرير الجوية.", "islamic-resistance-in-iraq")]
    [InlineData("أفاد بيان صادر عن كتائب حزب الله بأن صواريخ أطلقت على قاعدة عين الأسد.", "kataib-hezbollah")]
    [InlineData("أعلنت المقاومة الإسلامية في العراق أن هجوما بطائرة مسيرة طال قاعدة التنف.", "islamic-resistance-in-iraq")]
    [InlineData("تعرضت قاعدة التنف للاستهداف من قبل ما تسمى المقاومة الإسلامية في العراق.", "islamic-resistance-in-iraq")]
    [InlineData("ألقت وزارة الدفاع الأمريكية باللوم على كتائب حزب الله في الهجوم الصاروخي على قاعدة عين الأسد.", "kataib-hezbollah")]
    [InlineData("قال الجيش الأمريكي إن الحوثيين، المدعومين من إيران، أطلقوا صاروخا باليستيا باتجاه مدمرة في البحر الأحمر.", "houthis")]
    public void NamesTheGroupTheSentenceHoldsResponsible(string sentence, string perpetrator) => Perpetrators(sentence).ShouldContain(perpetrator);

    [Theory]
    [InlineData("قال بيان للجيش العراقي إن طائرتين مسيرتين استهدفتا قاعدة حرير الجوية.")]
    [InlineData("استهدفت طائرة مسيرة قاعدة عين الأسد، وتم إسقاطها من قبل قوات التحالف الدولي.")]
    [InlineData("قال الجيش العراقي إن مسلحين مجهولين أطلقوا صواريخ على قاعدة بلد الجوية.")]
    public void NamesNoReporterOrDefender(string sentence) => Perpetrators(sentence).ShouldBeEmpty();
}
