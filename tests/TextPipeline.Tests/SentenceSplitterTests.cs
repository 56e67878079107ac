using NewsFacts.TextPipeline.Cleaning;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Segmentation;

namespace NewsFacts.TextPipeline.Tests;

public class SentenceSplitterTests
{
    private static string[] Texts(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Fact]
    public void SplitsOnPeriodFollowedBySpace() =>
        Texts("سقطت ثلاثة صواريخ على قاعدة التاجي. وأعلنت خلية الإعلام الأمني فتح تحقيق.")
            .ShouldBe(["سقطت ثلاثة صواريخ على قاعدة التاجي.", "وأعلنت خلية الإعلام الأمني فتح تحقيق."]);

    [Fact]
    public void SplitsOnArabicQuestionMarkAndExclamation() =>
        Texts("هل تنسحب القوات الأمريكية من العراق؟ قال المسؤول إن الأمر لم يحسم بعد! وأضاف أن المحادثات مستمرة.")
            .ShouldBe(["هل تنسحب القوات الأمريكية من العراق؟", "قال المسؤول إن الأمر لم يحسم بعد!", "وأضاف أن المحادثات مستمرة."]);

    [Fact]
    public void LineBreakEndsASentenceWithoutPunctuation() =>
        Texts("حرب الطائرات وعلاقتها بإيران\nفي 21 مايو أكدت عدة مصادر عراقية أن الميليشيات بدأت تغير استراتيجيتها.")
            .ShouldBe(["حرب الطائرات وعلاقتها بإيران", "في 21 مايو أكدت عدة مصادر عراقية أن الميليشيات بدأت تغير استراتيجيتها."]);

    [Fact]
    public void PeriodGluedToTheNextWordIsNoEnd()
    {
        const string text = "والذي تشكل عام 2014 .للمساعدة في قتال تنظيم الدولة الإسلامية بعد أن اجتاح التنظيم أجزاء من البلاد.";
        Texts(text).ShouldBe([text]);
    }

    /// <summary>
    /// A period glued to Arabic words on both sides is a sentence end whose space the page lost when it was flattened;
    /// with a space before it (a misplaced period, above), a digit or a Latin letter beside it, it is none.
    /// </summary>
    [Fact]
    public void PeriodBetweenArabicWordsWithoutSpaceEndsTheSentence() =>
        Texts("أعلن الجيش السيطرة على الموقف في العراق.وقال المتحدث إن الهجوم لم يسفر عن إصابات.")
            .ShouldBe(["أعلن الجيش السيطرة على الموقف في العراق.", "وقال المتحدث إن الهجوم لم يسفر عن إصابات."]);

    [Theory]
    [InlineData("نشر الموقع الخبر على صفحته news.example.com وقال إن الهجوم لم يسفر عن إصابات.")]
    [InlineData("وصل عدد الصواريخ إلى 3.وقال المتحدث إن الهجوم لم يسفر عن إصابات في صفوف الجنود.")]
    public void PeriodGluedBesideALatinLetterOrDigitIsNoEnd(string text) => Texts(text).ShouldBe([text]);

    [Fact]
    public void DecimalIsNoEnd()
    {
        const string text = "بلغت كلفة إصلاح المدرج 2.5 مليون دولار بحسب مسؤولين في القاعدة.";
        Texts(text).ShouldBe([text]);
    }

    [Fact]
    public void ShortFragmentMergesIntoThePreviousSentence() =>
        Texts("هو أول حادث يصنفه الجيش الأمريكي على هذا النحو منذ وقت مبكر. شهر فبراير.")
            .ShouldBe(["هو أول حادث يصنفه الجيش الأمريكي على هذا النحو منذ وقت مبكر. شهر فبراير."]);

    [Fact]
    public void ShortFirstFragmentMergesIntoTheNext() =>
        Texts("قتل جنديان. وأصيب ثلاثة آخرون بجروح في هجوم على قاعدة بلد الجوية.")
            .ShouldBe(["قتل جنديان. وأصيب ثلاثة آخرون بجروح في هجوم على قاعدة بلد الجوية."]);

    [Fact]
    public void ContinuationAfterAMisplacedPeriodJoinsTheSentence() =>
        Texts("وكان السوداني قد أكد أنه لم يعد هناك مبرر لتواجد قوات التحالف الدولي لمحاربة “داعش”. مشددا على قدرة الأجهزة الأمنية على بسط الأمن.")
            .ShouldHaveSingleItem();

    [Fact]
    public void ClosingQuoteAfterThePeriodStaysWithTheSentence() =>
        Texts("وقال الدبلوماسي “نرفض أي هجوم على قواعد دولية في العراق.” وأضاف أن التحقيق مستمر في الحادث.")
            .ShouldBe(["وقال الدبلوماسي “نرفض أي هجوم على قواعد دولية في العراق.”", "وأضاف أن التحقيق مستمر في الحادث."]);

    [Fact]
    public void NeverCrossesAParagraphBreak()
    {
        var sentences = SentenceSplitter.Split("قتل جنديان\nوأصيب ثلاثة جنود آخرين في الهجوم على القاعدة.");
        sentences.Count.ShouldBe(2);
        sentences.ShouldAllBe(s => !s.Text.Contains('\n'));
    }

    [Fact]
    public void SpansPointIntoTheText()
    {
        var display = new BoilerplateRemover(RepoFiles.Lexicons).Remove(ArabicNormalizer.ToDisplay(RepoFiles.Sample("000")), null).Text;
        var sentences = SentenceSplitter.Split(display);
        sentences.Count.ShouldBeGreaterThan(15);
        foreach (var s in sentences)
        {
            display.Substring(s.Start, s.Length).ShouldBe(s.Text);
            s.Text.ShouldBe(s.Text.Trim());
            s.Text.Split(' ').Length.ShouldBeGreaterThanOrEqualTo(SentenceSplitter.MinWords);
        }
        sentences.Select(s => s.Start).ShouldBeInOrder();
    }

    [Fact]
    public void ParagraphsAreTrimmedNonEmptyLines()
    {
        const string text = "الفقرة الأولى عن الهجوم.\n\nالفقرة الثانية عن الرد.";
        var paragraphs = SentenceSplitter.Paragraphs(text);
        paragraphs.Select(p => p.Text).ShouldBe(["الفقرة الأولى عن الهجوم.", "الفقرة الثانية عن الرد."]);
        paragraphs[1].Start.ShouldBe(text.IndexOf("الفقرة الثانية", StringComparison.Ordinal));
    }

    [Fact]
    public void EmptyTextHasNoSentences()
    {
        SentenceSplitter.Split("").ShouldBeEmpty();
        SentenceSplitter.Paragraphs("").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("001", 14)]
    [InlineData("004", 15)]
    public void SeedSentencesAreEvidenceSized(string id, int atLeast)
    {
        var text = new BoilerplateRemover(RepoFiles.Lexicons).Remove(ArabicNormalizer.ToDisplay(RepoFiles.Sample(id)), null).Text;
        var sentences = SentenceSplitter.Split(text);
        sentences.Count.ShouldBeGreaterThanOrEqualTo(atLeast);
        sentences.ShouldAllBe(s => s.Length >= SentenceSplitter.MinChars);
    }

    [Fact]
    public void TextWithNoPunctuationIsCutIntoBoundedSentencesBeforeAClause()
    {
        var text = string.Concat(Enumerable.Repeat("قالت مصادر محلية إن طائرة مسيرة حلقت فوق المنطقة وسمع دوي انفجار قرب القاعدة ", 80)).Trim();
        var sentences = SentenceSplitter.Split(text);

        sentences.Count.ShouldBeGreaterThan(text.Length / SentenceSplitter.MaxChars);
        sentences.ShouldAllBe(s => s.Length <= SentenceSplitter.MaxChars);
        // Every word is in one sentence, in order, and each cut falls before a word opened by و.
        string.Join(" ", sentences.Select(s => s.Text)).ShouldBe(text);
        sentences.Skip(1).ShouldAllBe(s => s.Text[0] == 'و');
    }

    [Fact]
    public void ALongButRealSentenceStaysWhole()
    {
        var text = string.Concat(Enumerable.Repeat("وأضاف المصدر أن الهجوم استهدف القاعدة ", 22)).Trim() + ".";
        text.Length.ShouldBeLessThan(SentenceSplitter.MaxChars);
        text.Length.ShouldBeGreaterThan(700);
        SentenceSplitter.Split(text).ShouldHaveSingleItem().Text.ShouldBe(text);
    }
}
