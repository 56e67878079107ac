using NewsFacts.TextPipeline.Cleaning;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

public class BoilerplateRemoverTests
{
    private static readonly BoilerplateRemover Remover = new(RepoFiles.Lexicons);

    private static CleanArticle Clean(string raw, string? title = null) => Remover.Remove(ArabicNormalizer.ToDisplay(raw), title);

    private static CleanArticle Seed(string id) => Clean(RepoFiles.Sample(id));

    private static string[] BodyLines(CleanArticle article) => article.Text.Split('\n');

    // ---- the seeds: all gold boilerplate gone, no real sentence lost ----

    [Fact]
    public void Seed000DropsSectionLabelEndHeadingBackToTopAndSecondCaption()
    {
        var article = Seed("000");
        article.Title.ShouldBe("قاعدة عين الأسد في العراق تتعرض لهجوم بطائرتين مسيرتين");
        var lines = BodyLines(article);
        lines.ShouldNotContain("سياسة");
        article.Text.ShouldNotContain("مقالات ذات صلة");
        article.Text.ShouldNotContain("زر الذهاب إلى الأعلى");
        lines.Count(l => l == "الميليشيات تمثل تهديدا لأمن العراق والمنطقة").ShouldBe(1);
        article.Removed.ShouldContain(r => r.Reason == BoilerplateRemover.ReasonRepeated);
        article.Text.ShouldStartWith("استهدفت طائرتان مسيرتان ملغومتان قاعدة عين الأسد");
        article.Text.ShouldEndWith("وتحوّلها إلى “استشارية”.");
    }

    [Fact]
    public void Seed001TakesTitleAndByline()
    {
        var article = Seed("001");
        article.Title.ShouldBe("قصف عين الأسد سيعرقل انسحاب الأميركان من العراق");
        article.Byline.ShouldBe("عراقيون/متابعة");
        article.Text.ShouldStartWith("صحيفة اميريكة تكشف");
        article.Text.ShouldNotContain("متابعة");
        article.Text.ShouldEndWith("ومواقع التحالف بقيادة الولايات المتحدة.");
        BodyLines(article).Length.ShouldBe(14);
    }

    [Fact]
    public void Seed002DropsNewsletterAndCookieNoticeButKeepsSubheading()
    {
        var article = Seed("002");
        article.Title.ShouldBe("العراق: هجومان خلال شهر على قاعدة عين الأسد التي تضم عسكريين أمريكيين");
        article.Text.ShouldNotContain("نشرتنا الإخبارية");
        article.Text.ShouldNotContain("اشترك هنا");
        article.Text.ShouldNotContain("إلغاء الاشتراك");
        article.Text.ShouldNotContain("قد يعجبك");
        article.Text.ShouldNotContain("ملفات تعريف الارتباط");
        BodyLines(article).ShouldContain("حرب الطائرات وعلاقتها بإيران");
        article.Text.ShouldEndWith("بالوقوف وراء تلك الهجمات.");
    }

    [Fact]
    public void Seed003CutsEverythingFromRelatedArticlesAndTakesDateline()
    {
        var article = Seed("003");
        article.Title.ShouldBe("هجمات جديدة بالقرب من القواعد الأمريكية في العراق وسوريا تهدد بانفراجة غير مستقرة");
        article.Dateline.ShouldBe("واشنطن");
        article.Text.ShouldStartWith("يبدو أن الوفاق غير المستقر");
        foreach (var chrome in new[] { "Connect with us", "looking for", "اخر الاخبار", "تعليقك", "بريدك الإلكتروني", "مقالات ذات صلة" })
        {
            article.Text.ShouldNotContain(chrome);
        }
        foreach (var unrelated in new[] { "الخرطوم", "فلوريدا", "دبي", "الجزائر", "أوكرانيا", "CodeGuru", "القلب" })
        {
            article.Text.ShouldNotContain(unrelated);
        }
        article.Text.ShouldEndWith("حسبما أفاد المونيتور سابقًا.");
        article.Removed.Count(r => r.Reason == BoilerplateRemover.ReasonAfterEndHeading).ShouldBe(16);
    }

    [Fact]
    public void Seed003TailGoesEvenWithoutTheEndHeading()
    {
        var withoutHeading = RepoFiles.Sample("003").Replace("مقالات ذات صلة", "", StringComparison.Ordinal);
        var article = Clean(withoutHeading);
        foreach (var unrelated in new[] { "الخرطوم", "فلوريدا", "دبي", "الجزائر", "CodeGuru", "الخليج", "منوعات" })
        {
            article.Text.ShouldNotContain(unrelated);
        }
        article.Text.ShouldEndWith("حسبما أفاد المونيتور سابقًا.");
    }

    [Fact]
    public void Seed004DropsBackToTopLink()
    {
        var article = Seed("004");
        BodyLines(article).ShouldNotContain("أعلى");
        article.Text.ShouldEndWith("بالوقف وراء تلك الهجمات.");
        article.Removed.Single(r => r.Reason == BoilerplateRemover.ReasonKnownPhrase).Text.ShouldBe("أعلى");
    }

    [Theory]
    [MemberData(nameof(RepoFiles.SeedIds), MemberType = typeof(RepoFiles))]
    public void KeepsEveryBodySentenceOfTheSeed(string id)
    {
        var article = Seed(id);
        // Every removed line is chrome: short, a known phrase, a title/byline, or after the end heading.
        foreach (var line in article.Removed.Where(r => r.Reason is not (BoilerplateRemover.ReasonAfterEndHeading or BoilerplateRemover.ReasonKnownPhrase or BoilerplateRemover.ReasonRepeated)))
        {
            line.Text.Split(' ').Length.ShouldBeLessThanOrEqualTo(BoilerplateRemover.MaxTitleWords, line.Text);
        }
        BodyLines(article).ShouldAllBe(l => l.Length == 0 || l.Split(' ', StringSplitOptions.None).Length >= 3);
    }

    [Fact]
    public void RemovedLinesCarryInputLineNumbers()
    {
        var display = ArabicNormalizer.ToDisplay(RepoFiles.Sample("004"));
        var removed = Remover.Remove(display, null).Removed.Single(r => r.Reason == BoilerplateRemover.ReasonKnownPhrase);
        display.Split('\n')[removed.LineNumber - 1].Trim().ShouldBe("أعلى");
    }

    [Fact]
    public void KeepsOneBlankLineBetweenParagraphs()
    {
        var article = Seed("003");
        article.Text.ShouldNotContain("\n\n\n");
        article.Text.ShouldNotStartWith("\n");
        article.Text.ShouldNotEndWith("\n");
        article.Text.ShouldContain(".\n\n");
    }

    // ---- other outlets' chrome: the rules generalize ----

    private const string OtherOutlet = """
        الرئيسية
        أخبار العراق
        مسيرة تستهدف قاعدة حرير في أربيل
        بغداد - خاص
        أربيل (رويترز) - قالت وزارة الداخلية في إقليم كردستان إن طائرة مسيرة مفخخة استهدفت قاعدة حرير الجوية مساء الثلاثاء.
        وأصيب ثلاثة جنود.
        وأضافت الوزارة في بيان أن الدفاعات الجوية أسقطت طائرة ثانية قبل وصولها إلى القاعدة.
        اقرأ أيضاً: الحكومة العراقية تدين الهجوم على القواعد
        ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.
        شارك هذا المقال
        فيسبوك تويتر واتساب
        تابعونا على تلغرام
        اقرأ أيضاً:
        انفجار في مخزن للأسلحة جنوب بغداد يوقع قتلى...
        الحشد الشعبي ينفي علاقته بالهجوم على...
        جميع الحقوق محفوظة © 2023
        """;

    [Fact]
    public void GeneralizesToAnotherOutletsChrome()
    {
        var article = Clean(OtherOutlet);
        article.Title.ShouldBe("مسيرة تستهدف قاعدة حرير في أربيل");
        article.Byline.ShouldBe("بغداد - خاص");
        article.Dateline.ShouldBe("أربيل");
        article.Text.ShouldBe(
            "قالت وزارة الداخلية في إقليم كردستان إن طائرة مسيرة مفخخة استهدفت قاعدة حرير الجوية مساء الثلاثاء.\n"
            + "وأصيب ثلاثة جنود.\n"
            + "وأضافت الوزارة في بيان أن الدفاعات الجوية أسقطت طائرة ثانية قبل وصولها إلى القاعدة.\n"
            + "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن.");
    }

    [Fact]
    public void GivenTitleWinsAndItsLineLeavesTheBody()
    {
        var article = Clean(OtherOutlet, "مسيرة تستهدف قاعدة حرير في أربيل - شبكة الأخبار");
        article.Title.ShouldBe("مسيرة تستهدف قاعدة حرير في أربيل - شبكة الأخبار");
        article.Text.ShouldNotContain("مسيرة تستهدف قاعدة حرير في أربيل\n");
        article.Removed.ShouldContain(r => r.Reason == BoilerplateRemover.ReasonTitle && r.LineNumber == 3);
    }

    /// <summary>An HTML page gives the title twice (og:title put first, then its own h1): neither copy stays in the body.</summary>
    [Fact]
    public void EveryCopyOfTheGivenTitleLeavesTheBody()
    {
        const string title = "قصف صاروخي يستهدف قاعدة عين الأسد";
        var article = Clean(title + "\n\n" + title + "\n\nأفاد مصدر أمني بسقوط ثلاثة صواريخ داخل قاعدة عين الأسد الجوية غربي المحافظة.", title);
        article.Text.ShouldStartWith("أفاد مصدر أمني");
        article.Removed.Count(r => r.Reason == BoilerplateRemover.ReasonTitle).ShouldBe(2);
    }

    /// <summary>A body sentence that only starts like the title is no copy of it.</summary>
    [Fact]
    public void ASentenceThatStartsLikeTheTitleStays()
    {
        const string title = "قصف صاروخي يستهدف قاعدة عين الأسد";
        var article = Clean(title + "\nقصف صاروخي يستهدف قاعدة عين الأسد الجوية غربي الأنبار للمرة الثالثة هذا الشهر.", title);
        article.Text.ShouldContain("للمرة الثالثة");
    }

    [Fact]
    public void GivenTitleIsDisplayNormalizedAndBlankTitleIsIgnored()
    {
        Clean(OtherOutlet, "  مسيرة\u200F تستهدف   قاعدة حرير في أربيل ").Title.ShouldBe("مسيرة تستهدف قاعدة حرير في أربيل");
        Clean(OtherOutlet, "   ").Title.ShouldBe("مسيرة تستهدف قاعدة حرير في أربيل");
    }

    /// <summary>An outlet and a place joined by a dash open the page: a byline, not the headline.</summary>
    [Fact]
    public void AnOutletDashPlaceLineIsABylineNotTheTitle()
    {
        var article = Clean("عنب بلدي - دير الزور\nاستهدفت طائرة مسيّرة مجهولة، مساء الأربعاء، سيارة قرب مدينة الميادين بريف دير الزور الشرقي.");
        article.Byline.ShouldBe("عنب بلدي - دير الزور");
        article.Title.ShouldStartWith("استهدفت طائرة");
        article.Text.ShouldStartWith("استهدفت طائرة");
    }

    /// <summary>A longer headline with a dash in it is still the headline.</summary>
    [Fact]
    public void AHeadlineWithADashStaysTheTitle()
    {
        var article = Clean("قصف تركي على دهوك - صور\nقصفت المدفعية التركية، صباح اليوم، قرى في قضاء زاخو بمحافظة دهوك.");
        article.Title.ShouldBe("قصف تركي على دهوك - صور");
        article.Byline.ShouldBeNull();
    }

    [Fact]
    public void AgencyBylineAndDatelineWithAgency()
    {
        var article = Clean("واشنطن تدرس الرد على هجمات الميليشيات\nوكالات\nواشنطن (أ ف ب) – قال مسؤولون أمريكيون إن البنتاغون يدرس خيارات للرد على الهجمات الأخيرة.");
        article.Byline.ShouldBe("وكالات");
        article.Dateline.ShouldBe("واشنطن");
        article.Text.ShouldStartWith("قال مسؤولون أمريكيون");
    }

    [Fact]
    public void RemovesFooterCopyrightShareRowAndSocialFollow()
    {
        var article = Clean("هجوم صاروخي على قاعدة فكتوريا\nسقطت ثلاثة صواريخ كاتيوشا على قاعدة فكتوريا قرب مطار بغداد فجر اليوم.\nشارك\nFacebook Twitter WhatsApp\nتابعونا على تلغرام\n© 2024 جميع الحقوق محفوظة لشبكة الأخبار");
        article.Text.ShouldBe("سقطت ثلاثة صواريخ كاتيوشا على قاعدة فكتوريا قرب مطار بغداد فجر اليوم.");
        article.Removed.Select(r => r.Reason).ShouldBe([BoilerplateRemover.ReasonTitle, BoilerplateRemover.ReasonKnownPhrase, BoilerplateRemover.ReasonKnownPhrase, BoilerplateRemover.ReasonKnownPhrase, BoilerplateRemover.ReasonKnownPhrase]);
    }

    [Fact]
    public void InlineReadAlsoLinkGoesButTheArticleGoesOn()
    {
        var article = Clean(OtherOutlet);
        article.Text.ShouldNotContain("تدين الهجوم");
        article.Text.ShouldContain("ولم تعلن أي جهة مسؤوليتها");
        article.Text.ShouldNotContain("مخزن للأسلحة");
    }

    [Fact]
    public void LatinMenuInAnArabicPageIsChrome()
    {
        var article = Clean("Skip to content\nMenu\nقصف قاعدة عين الأسد\nاستهدفت صواريخ قاعدة عين الأسد الجوية غرب العراق ليلة الخميس.");
        article.Removed.Select(r => r.Text).ShouldBe(["Skip to content", "Menu", "قصف قاعدة عين الأسد"]);
        article.Title.ShouldBe("قصف قاعدة عين الأسد");
    }

    [Fact]
    public void TeaserLinesInTheTailAreDropped()
    {
        var article = Clean("عنوان الخبر عن هجوم\nقصفت طائرة مسيرة موقعا عسكريا في محافظة نينوى مساء الأحد دون إصابات.\nتبادلت إسرائيل وحزب الله إطلاق النار الجمعة بعد فشل الولايات المتحدة وحلفائها في وقف الاشتباكات التي أودت بحياة أكثر من 700 شخص في لبنان...");
        article.Text.ShouldBe("قصفت طائرة مسيرة موقعا عسكريا في محافظة نينوى مساء الأحد دون إصابات.");
        article.Removed[^1].Reason.ShouldBe(BoilerplateRemover.ReasonTeaser);
    }

    [Fact]
    public void AnArticleThatIsOneCutOffParagraphIsKept()
    {
        // A feed cut the article's only paragraph with "..."; a short teaser follows it.
        var article = Clean("عنوان الخبر عن هجوم\nوقال مسؤولان أمنيان إن طائرة مسيرة استهدفت قاعدة عين الأسد الجوية في محافظة الأنبار فجر الأحد، مشيرين إلى أن الدفاعات الجوية تصدت لها قبل وصولها إلى هدفها، دون وقوع إصابات بين القوات...\n"
            + "أعلنت الجزائر السبت أنها تفرض متطلبات التأشيرة على المغاربة...");
        article.Text.ShouldStartWith("وقال مسؤولان أمنيان إن طائرة مسيرة استهدفت قاعدة عين الأسد");
        article.Removed[^1].Text.ShouldStartWith("أعلنت الجزائر");
        article.Removed[^1].Reason.ShouldBe(BoilerplateRemover.ReasonTeaser);
    }

    // ---- negative cases: real sentences stay ----

    [Fact]
    public void ShortRealSentenceStays()
    {
        var article = Clean("هجوم على قاعدة التاجي\nسقط صاروخان على قاعدة التاجي شمال بغداد صباح اليوم.\nوأصيب ثلاثة جنود.\nقتل جنديان.");
        BodyLines(article).ShouldBe(["سقط صاروخان على قاعدة التاجي شمال بغداد صباح اليوم.", "وأصيب ثلاثة جنود.", "قتل جنديان."]);
        article.Removed.Single().Reason.ShouldBe(BoilerplateRemover.ReasonTitle);
    }

    [Fact]
    public void TwoWordLineBetweenBodyParagraphsStays()
    {
        var article = Clean("هجوم على قاعدة التاجي\nسقط صاروخان على قاعدة التاجي شمال بغداد صباح اليوم دون إصابات.\nقتل جنديان\nوقالت خلية الإعلام الأمني إن التحقيق جار لمعرفة مكان إطلاق الصواريخ.\nسياسة");
        BodyLines(article).ShouldContain("قتل جنديان");
        BodyLines(article).ShouldNotContain("سياسة");
    }

    [Fact]
    public void BodySentenceQuotingTheEndHeadingWordsDoesNotEndTheArticle()
    {
        const string raw = "تقرير عن الهجمات الأخيرة\nونشر الموقع تحت عنوان مقالات ذات صلة تقريرا عن الهجمات على القواعد الأمريكية في العراق.\nوقال المتحدث إن التحقيق مستمر في ملابسات الهجوم الأخير.";
        var article = Clean(raw);
        article.Text.ShouldContain("وقال المتحدث إن التحقيق مستمر");
        article.Removed.ShouldNotContain(r => r.Reason == BoilerplateRemover.ReasonEndHeading);
    }

    [Fact]
    public void OneWordPhraseInsideASentenceIsNotChrome()
    {
        var article = Clean("عنوان\nالقائد الأعلى للقوات المسلحة يأمر بفتح تحقيق في الهجوم على قاعدة بلد.\nأعلى");
        article.Text.ShouldBe("القائد الأعلى للقوات المسلحة يأمر بفتح تحقيق في الهجوم على قاعدة بلد.");
    }

    [Fact]
    public void EndHeadingBeforeAnyBodyIsOnlyALabel()
    {
        var article = Clean("أخبار ذات صلة\nهجوم على قاعدة عين الأسد\nاستهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق.");
        article.Text.ShouldBe("استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق.");
    }

    [Fact]
    public void ParagraphIsNotTakenAsTitleWhenNoneIsGiven()
    {
        var article = Clean("استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق.");
        article.Text.ShouldBe("استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية في محافظة الأنبار غرب العراق.");
        article.Title.ShouldStartWith("استهدفت طائرتان مسيرتان");
        article.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void NoDatelineWithoutADash()
    {
        var article = Clean("عنوان الخبر هنا\nواشنطن تعلن إرسال تعزيزات إلى قواعدها في العراق بعد الهجمات الأخيرة.");
        article.Dateline.ShouldBeNull();
        article.Text.ShouldStartWith("واشنطن تعلن");
    }

    [Fact]
    public void EmptyTextGivesEmptyArticle()
    {
        var article = Remover.Remove("", null);
        article.Text.ShouldBe("");
        article.Title.ShouldBe("");
        article.Removed.ShouldBeEmpty();
    }

    [Fact]
    public void EmptyLexiconsStillRemoveLabelsAndRepeats()
    {
        var article = new BoilerplateRemover(Lexicons.Empty).Remove(ArabicNormalizer.ToDisplay(RepoFiles.Sample("000")), null);
        BodyLines(article).ShouldNotContain("سياسة");
        BodyLines(article).Count(l => l == "الميليشيات تمثل تهديدا لأمن العراق والمنطقة").ShouldBe(1);
    }
}
