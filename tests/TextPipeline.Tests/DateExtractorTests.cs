using System.Text.Json;
using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

public class DateExtractorTests
{
    /// <summary>Wednesday 7 August 2024.</summary>
    private static readonly DateOnly Published = new(2024, 8, 7);

    public static TheoryData<string, string, string> GoldDates()
    {
        var data = new TheoryData<string, string, string>();
        var path = Path.Combine(AppContext.BaseDirectory, "Samples", "gold.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var article in doc.RootElement.EnumerateArray())
        {
            foreach (var date in article.GetProperty("dates").EnumerateArray())
            {
                data.Add(article.GetProperty("file").GetString()![..3], date.GetProperty("expr_ar").GetString()!, date.GetProperty("precision").GetString()!);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldDates))]
    public void FindsEveryGoldDateWithGoldPrecision(string sample, string expression, string precision)
    {
        var display = ArabicNormalizer.ToDisplay(RepoFiles.Sample(sample));
        var key = ArabicNormalizer.Fold(expression);
        var found = DateExtractor.Extract(display, null)
            .Where(d => ArabicNormalizer.Fold(d.Span.Text).Contains(key, StringComparison.Ordinal))
            .ToList();
        found.ShouldNotBeEmpty();
        found.ShouldContain(d => d.Precision.ToString().Equals(precision, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ADecimalIsNoYear() => DateExtractor.Extract("وارتفعت الكلفة بعد 2000.5 مليون دولار", Published).ShouldBeEmpty();

    [Fact]
    public void AWeekdayAndADayWithWordsBetweenStayTwoDates() =>
        DateExtractor.Extract("قصفت القاعدة يوم الأحد، وفي 5 نوفمبر سقط صاروخ", Published).Select(d => d.Value).ShouldBe(["2024-08-04", "2023-11-05"]);

    private static DateMention Single(string sentence, DateOnly? published = null) =>
        DateExtractor.Extract(sentence, published).ShouldHaveSingleItem();

    [Theory]
    [InlineData("قال مسؤولون يوم الاثنين إن الصواريخ أطلقت", "يوم الاثنين", "2024-08-05")]
    [InlineData("الهجوم الذي طال القاعدة الاثنين الماضي قد يعرقل المفاوضات", "الاثنين الماضي", "2024-08-05")]
    [InlineData("تحدثوا لصحيفة اليوم الأربعاء عن أن الهجوم", "اليوم الأربعاء", "2024-08-07")]
    [InlineData("وأعلنت الوزارة الأربعاء الماضي", "الأربعاء الماضي", "2024-07-31")]
    [InlineData("قصفت القاعدة مساء الأحد", "مساء الأحد", "2024-08-04")]
    [InlineData("وقع الهجوم بعد ربع ساعة من منتصف ليل السبت", "منتصف ليل السبت", "2024-08-03")]
    [InlineData("ضربة في الساعات الأولى من صباح يوم السبت", "الساعات الأولى من صباح يوم السبت", "2024-08-03")]
    [InlineData("للهجوم في وقت متأخر من يوم الاثنين ما أدى", "وقت متأخر من يوم الاثنين", "2024-08-05")]
    [InlineData("سقطت قذائف فجر الجمعة على المطار", "فجر الجمعة", "2024-08-02")]
    [InlineData("ضربات أمريكية في 30 يوليو", "30 يوليو", "2024-07-30")]
    [InlineData("أكدت مصادر في 21 مايو/أيار أن الفصائل", "21 مايو/أيار", "2024-05-21")]
    [InlineData("استهدفت القاعدة في ٢١ أيار ٢٠٢٣ بطائرة مسيرة", "٢١ أيار ٢٠٢٣", "2023-05-21")]
    [InlineData("بدأت المحادثات في 3 كانون الثاني 2024", "3 كانون الثاني 2024", "2024-01-03")]
    [InlineData("وقع الانفجار أمس في بغداد", "أمس", "2024-08-06")]
    [InlineData("نشرت الصحيفة قبل يومين مقالا", "قبل يومين", "2024-08-05")]
    [InlineData("أطلقت الصواريخ قبل ثلاثة أيام على القاعدة", "قبل ثلاثة أيام", "2024-08-04")]
    [InlineData("أعلن الجيش اليوم عن مقتل جندي", "اليوم", "2024-08-07")]
    [InlineData("ولا يزال التحقيق جاريا حتى اليوم", "اليوم", "2024-08-07")]
    [InlineData("انفجرت عبوة ناسفة أمس الأول قرب الرتل", "أمس الأول", "2024-08-05")]
    [InlineData("تعرضت القاعدة الليلة الماضية لهجوم", "الليلة الماضية", "2024-08-06")]
    [InlineData("هاجمت طائرة مسيرة القاعدة ليلة أمس", "ليلة أمس", "2024-08-06")]
    [InlineData("وقع الهجوم قبل أسبوعين", "قبل أسبوعين", "2024-07-24")]
    [InlineData("استهدف الرتل في 5 جوان الماضي", "5 جوان الماضي", "2024-06-05")]
    [InlineData("وأعلنت الوزارة، السبت، أن", "السبت", "2024-08-03")]
    [InlineData("استهدف صاروخ مطار بغداد في 3 فبراير 2020.", "3 فبراير 2020", "2020-02-03")]
    [InlineData("وقع الهجوم في 4 آب/أغسطس 2022، وقال مصدر", "4 آب/أغسطس 2022", "2022-08-04")]
    [InlineData("تعرضت القاعدة لقصف يوم الأحد 5 نوفمبر 2023 بطائرة مسيرة", "يوم الأحد 5 نوفمبر 2023", "2023-11-05")]
    [InlineData("تعرضت القاعدة لقصف صباح الأحد، 5 نوفمبر.", "صباح الأحد، 5 نوفمبر", "2023-11-05")]
    [InlineData("تعرضت القاعدة لقصف، الأحد (5 تشرين الثاني/نوفمبر 2023).", "الأحد (5 تشرين الثاني/نوفمبر 2023)", "2023-11-05")]
    [InlineData("وقع الهجوم يوم 3/2/2024 على قاعدة رميلان", "3/2/2024", "2024-02-03")]
    [InlineData("سقط صاروخ بتاريخ ٠٣-٠٢-٢٠٢٤ على القاعدة", "٠٣-٠٢-٢٠٢٤", "2024-02-03")]
    [InlineData("وقع الهجوم في 2024/02/03 على القاعدة.", "2024/02/03", "2024-02-03")]
    [InlineData("في الخامس من شباط/فبراير الماضي، استهدفت صواريخ القاعدة", "الخامس من شباط/فبراير الماضي", "2024-02-05")]
    [InlineData("في الحادي والعشرين من يناير استهدفت طائرة مسيرة القاعدة", "الحادي والعشرين من يناير", "2024-01-21")]
    [InlineData("في الثاني عشر من تشرين الأول 2023 سقطت قذائف", "الثاني عشر من تشرين الأول 2023", "2023-10-12")]
    [InlineData("في الثلاثين من شهر حزيران أعلنت الفصائل", "الثلاثين من شهر حزيران", "2024-06-30")]
    [InlineData("ويوم الأول من آب هاجمت طائرة مسيرة القاعدة", "الأول من آب", "2024-08-01")]
    [InlineData("تعرضت القاعدة في الثالث من الشهر الجاري لهجوم", "الثالث من الشهر الجاري", "2024-08-03")]
    [InlineData("تعرضت القاعدة في 28 من الشهر الماضي لهجوم", "28 من الشهر الماضي", "2024-07-28")]
    [InlineData("تعرضت القاعدة في الخامس من هذا الشهر لهجوم", "الخامس من هذا الشهر", "2024-08-05")]
    [InlineData("تعرضت القاعدة في الـ5 من الشهر الجاري لهجوم", "الـ5 من الشهر الجاري", "2024-08-05")]
    [InlineData("سقطت قذائف على القاعدة في الـ 12 من تموز", "الـ 12 من تموز", "2024-07-12")]
    public void ResolvesToDayAgainstPublication(string sentence, string text, string value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
        date.Precision.ShouldBe(DatePrecision.Day);
    }

    [Theory]
    [InlineData("لوحت الكتائب الشهر الماضي باستئناف الهجمات", "الشهر الماضي", "2024-07")]
    [InlineData("حذر الشهر الفائت من التهديد", "الشهر الفائت", "2024-07")]
    [InlineData("طفت إلى السطح منذ يناير الماضي", "يناير الماضي", "2024-01")]
    [InlineData("توقفت الهجمات منذ أوائل فبراير/شباط", "أوائل فبراير/شباط", "2024-02")]
    [InlineData("تم إسقاط طائرتين في أبريل/ نيسان", "أبريل/ نيسان", "2024-04")]
    [InlineData("الاجتماعات المقرر عقدها في يوليو/تموز", "يوليو/تموز", "2024-07")]
    [InlineData("المفاوضات تعثرت منذ شهر فبراير", "شهر فبراير", "2024-02")]
    [InlineData("وبدأت في أكتوبر/تشرين الأول هجمات", "أكتوبر/تشرين الأول", "2023-10")]
    [InlineData("بدأت المشاورات أواخر كانون الأول الماضي", "أواخر كانون الأول الماضي", "2023-12")]
    [InlineData("زار الوزير واشنطن الأسبوع الماضي", "الأسبوع الماضي", "2024-07")]
    [InlineData("استهدفت القاعدة في الشهر الحالي", "الشهر الحالي", "2024-08")]
    [InlineData("وقعت الهجمات في مارس 2023", "مارس 2023", "2023-03")]
    [InlineData("تعرضت القاعدة لهجوم منذ شهر", "منذ شهر", "2024-07")]
    [InlineData("هذا الأسبوع شهد ثلاث هجمات", "هذا الأسبوع", "2024-08")]
    [InlineData("وفي آب/أغسطس أعلنت الفصائل", "آب/أغسطس", "2024-08")]
    [InlineData("تتوقف الهجمات في شهر آب", "شهر آب", "2024-08")]
    public void ResolvesToMonthAgainstPublication(string sentence, string text, string value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
        date.Precision.ShouldBe(DatePrecision.Month);
    }

    [Theory]
    [InlineData("التحالف الذي تشكل عام 2014 للمساعدة", "عام 2014", "2014")]
    [InlineData("وفي العام 2021 أعلنت بغداد", "العام 2021", "2021")]
    [InlineData("سافروا على مدار عدة أشهر في 2020 ، حيث", "2020", "2020")]
    [InlineData("بدأوا مشاورات أواخر عام 2023 مع بغداد", "أواخر عام 2023", "2023")]
    [InlineData("قتل العام الماضي في هجوم صاروخي", "العام الماضي", "2023")]
    [InlineData("بدأوا مشاورات أواخر العام الماضي مع بغداد", "أواخر العام الماضي", "2023")]
    [InlineData("الانسحاب المتوقع في السنة المقبلة", "السنة المقبلة", "2025")]
    public void ResolvesToYear(string sentence, string text, string value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
        date.Precision.ShouldBe(DatePrecision.Year);
    }

    [Theory]
    [InlineData("قال مسؤولون يوم الاثنين", DatePrecision.Weekday)]
    [InlineData("في 30 يوليو", DatePrecision.Day)]
    [InlineData("منذ أوائل فبراير", DatePrecision.Month)]
    [InlineData("الشهر الماضي", DatePrecision.Relative)]
    [InlineData("أواخر العام الماضي", DatePrecision.Relative)]
    [InlineData("قبل يومين", DatePrecision.Relative)]
    [InlineData("منذ عدة أشهر", DatePrecision.Relative)]
    public void WithoutPublicationDateKeepsPrecisionAndNoValue(string sentence, DatePrecision precision)
    {
        var date = Single(sentence);
        date.Value.ShouldBeNull();
        date.Precision.ShouldBe(precision);
    }

    [Fact]
    public void ExplicitDateResolvesWithoutPublicationDate() => Single("في 21 سبتمبر 2024، وسط").Value.ShouldBe("2024-09-21");

    [Fact]
    public void YearResolvesWithoutPublicationDate() => Single("تشكل عام 2014").Value.ShouldBe("2014");

    [Theory]
    [InlineData("ويتواجد في العراق نحو 2500 عسكري")]
    [InlineData("نحو 2000 جندي في العراق")]
    [InlineData("مقتل أحد أعضاء الحشد الشعبي")]
    [InlineData("وقال أحد المصدرين للصحيفة")]
    [InlineData("أغنية السبتي الشهيرة")]
    [InlineData("قال الأمسية الثقافية أقيمت")]
    [InlineData("أغلق باب القاعدة")]
    [InlineData("مارس الضغط على الحكومة")]
    [InlineData("في أقل من 24 ساعة")]
    [InlineData("قتل الأحد عشر مسلحا")]
    [InlineData("في اليوم التالي للهجوم")]
    [InlineData("اشترى سيارة نيسان الجديدة")]
    [InlineData("تعرض الفوج الثاني من اللواء لهجوم")]
    [InlineData("ونقل الخامس من المصابين إلى المستشفى")]
    [InlineData("وعاد الثالث من الجنود في الشهر نفسه")]
    [InlineData("ارتفعت النسبة إلى 3/2 من المجموع")]
    [InlineData("رقم الشحنة 1/3/2/2024 ")]
    [InlineData("رمز الوثيقة 15/13/2024 ")]
    [InlineData("رمز الوثيقة 3/2-2024 ")]
    [InlineData("رقم الشحنة 2024/02/03/7 ")]
    [InlineData("وهو الهجوم الثالث من الشهر على القاعدة")]
    [InlineData("وتضم القاعدة الـ5 آلاف جندي من التحالف")]
    [InlineData("")]
    public void FindsNoDate(string sentence)
    {
        var dates = DateExtractor.Extract(sentence, Published);
        dates.Where(d => d.Span.Text != "نيسان").ShouldBeEmpty();
    }

    /// <summary>الحادي only makes a day with عشر or a ten; العاشر takes neither: the month alone is left.</summary>
    [Theory]
    [InlineData("سقط صاروخ في الحادي من يناير على القاعدة", "يناير")]
    [InlineData("سقط صاروخ في العاشر عشر من يناير على القاعدة", "يناير")]
    [InlineData("سقط صاروخ في الأول والعشرين من يناير على القاعدة", "يناير")]
    [InlineData("تعرض اللواء الخامس نيسان الماضي لهجوم", "نيسان الماضي")]
    public void AnOrdinalThatIsNoDayLeavesTheMonth(string sentence, string text)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Precision.ShouldBe(DatePrecision.Month);
    }

    [Fact]
    public void ADayOfThisMonthWithoutPublicationHasNoValue()
    {
        var date = Single("في الثالث من الشهر الجاري");
        date.Precision.ShouldBe(DatePrecision.Day);
        date.Value.ShouldBeNull();
    }

    [Fact]
    public void ADigitDateResolvesWithoutPublication() => Single("في 3/2/2024").Value.ShouldBe("2024-02-03");

    [Fact]
    public void SpanExcludesLeadingFi() => Single("وقع الهجوم في 30 يوليو").Span.Text.ShouldBe("30 يوليو");

    [Fact]
    public void SundayNeedsTheArticle() => Single("وأعلن الجيش الأحد مقتل أحد أعضاء الفصيل").Span.Text.ShouldBe("الأحد");

    [Fact]
    public void MonthTableAndPatternAgree()
    {
        var pattern = new System.Text.RegularExpressions.Regex("^(?:" + MonthNames.Pattern + ")$");
        foreach (var name in MonthNames.Months.Keys)
        {
            pattern.IsMatch(name).ShouldBeTrue(name);
            MonthNames.TryGetMonth(name).ShouldNotBeNull();
        }
    }

    /// <summary>Every word the ordinal pattern opens with has a value in the table behind it.</summary>
    [Fact]
    public void HijriMonthTableAndPatternAgree()
    {
        var pattern = new System.Text.RegularExpressions.Regex("^(?:" + HijriMonthNames.Pattern + ")$");
        foreach (var name in HijriMonthNames.Months.Keys)
        {
            pattern.IsMatch(name).ShouldBeTrue(name);
            HijriMonthNames.TryGetMonth(name).ShouldNotBeNull();
        }
    }

    [Fact]
    public void OrdinalTableAndPatternAgree()
    {
        var pattern = new System.Text.RegularExpressions.Regex("^(?:" + OrdinalDays.Pattern + ")$");
        foreach (var word in OrdinalDays.FirstWords)
        {
            var m = pattern.Match(word == "الحادي" ? "الحادي عشر" : word);
            m.Success.ShouldBeTrue(word);
            OrdinalDays.ValueOf(m).ShouldNotBeNull(word);
        }
    }

    [Theory]
    [InlineData("وأعلنت الرئاسة في 28 ربيع الثاني 1446 هـ عن تشكيل لجنة", "28 ربيع الثاني 1446 ه", "2024-10-31")]
    [InlineData("صدر البيان بتاريخ 28 ربيع الآخر 1446", "28 ربيع الآخر 1446", "2024-10-31")]
    [InlineData("بدأ الصيام في الأول من رمضان 1445هـ", "الأول من رمضان 1445ه", "2024-03-11")]
    [InlineData("وصل الوفد إلى بغداد يوم 11 شوال الماضي", "11 شوال", "2024-04-20")]
    [InlineData("أقيمت الصلاة في ١٠ ذو الحجة", "١٠ ذو الحجة", "2024-06-16")]
    public void ResolvesHijriDays(string sentence, string text, string value)
    {
        var date = DateExtractor.Extract(sentence, Published).First(d => d.Span.Text.StartsWith(text[..2], StringComparison.Ordinal));
        date.Span.Text.ShouldStartWith(text);
        date.Value.ShouldBe(value);
        date.Precision.ShouldBe(DatePrecision.Day);
    }

    [Theory]
    [InlineData("تصاعدت الهجمات خلال شهر رمضان", "شهر رمضان", "2024-03")]
    [InlineData("وتراجعت الأسعار في رمضان الماضي", "رمضان الماضي", "2024-03")]
    [InlineData("يعقد المؤتمر في جمادى الأولى 1446", "جمادى الأولى 1446", "2024-11")]
    public void ResolvesHijriMonthsToTheGregorianMonthOfTheirMiddle(string sentence, string text, string value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
        date.Precision.ShouldBe(DatePrecision.Month);
    }

    [Theory]
    [InlineData("وقال رمضان إن الحكومة ستعلن موقفها")]
    [InlineData("التقى الوزير رجب طيب أردوغان في أنقرة")]
    [InlineData("وصرح شعبان عبد الرحمن للصحفيين")]
    [InlineData("انخفضت النسبة إلى صفر بالمئة")]
    [InlineData("وهو أمر محرم شرعا")]
    [InlineData("عاد رمضان إلى منزله")]
    public void AHijriMonthNameUsedAsANameOrWordIsNoDate(string sentence) =>
        DateExtractor.Extract(sentence, Published).ShouldBeEmpty();

    [Fact]
    public void AHijriDayWithoutPublicationHasNoValue()
    {
        var date = Single("وقع الانفجار في 11 شوال");
        date.Precision.ShouldBe(DatePrecision.Day);
        date.Value.ShouldBeNull();
    }

    [Theory]
    [InlineData("وكتب المتحدث في تغريدة: The attack is cowardly. April 14, 2021", "april 14, 2021", "2021-04-14")]
    [InlineData("ونشرت القيادة المركزية (@CENTCOM) Nov. 17, 2022", "nov. 17, 2022", "2022-11-17")]
    [InlineData("جاء في البيان المنشور 14 April 2021 أن القوات", "14 april 2021", "2021-04-14")]
    [InlineData("وأضاف في رسالة مؤرخة 3rd of March 2020 أن", "3rd of march 2020", "2020-03-03")]
    public void ReadsEnglishDatesInsideArabicText(string sentence, string text, string value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ToLowerInvariant().ShouldBe(text);
        date.Value.ShouldBe(value);
        date.Precision.ShouldBe(DatePrecision.Day);
    }

    [Theory]
    [InlineData("The minister may 5 times visit Baghdad")]
    [InlineData("He marched 12 miles to the base")]
    [InlineData("وصلت الشحنة رقم DEC 45 إلى الميناء")]
    public void EnglishWordsThatLookLikeMonthsAreNoDates(string sentence) =>
        DateExtractor.Extract(sentence, Published).ShouldBeEmpty();

    [Theory]
    [InlineData("صوت البرلمان على موازنة السنوات المالية (٢٠٢٣ ، ٢٠٢٤ ، ٢٠٢٥).", new[] { "٢٠٢٣", "٢٠٢٤", "٢٠٢٥" })]
    [InlineData("شارك المنتخب في نسختي 2019 و2023 من البطولة", new[] { "2019", "2023" })]
    [InlineData("تأهل المنتخب إلى كأس العالم قطر 2022، وكأس آسيا 2023.", new[] { "2022", "2023" })]
    [InlineData("وأشار التقرير إلى خطة الفترة 2020-2024 لإعادة الإعمار", new[] { "2020", "2024" })]
    public void ReadsBareYearsWhereAYearCanStand(string sentence, string[] years)
    {
        var dates = DateExtractor.Extract(sentence, Published);
        dates.Select(d => d.Span.Text).ShouldBe(years);
        dates.ShouldAllBe(d => d.Precision == DatePrecision.Year && d.Value!.Length == 4);
    }

    [Theory]
    [InlineData("وأطلقت الفصائل 2023 صاروخا على القواعد")]
    [InlineData("بلغ عدد القتلى 2023.")]
    [InlineData("وخصصت الحكومة مبلغ 2000 دولار لكل أسرة")]
    [InlineData("وتتمركز قوات اللواء 45 قرب الحدود.")]
    [InlineData("ارتفع عدد الصواريخ إلى 2024.")]
    [InlineData("وقد بلغت الكلفة نحو 1950، بحسب الوزارة")]
    [InlineData("وتسلم الجيش طائرات من طراز F-2000 الحديثة")]
    public void ANumberThatIsACountOrAModelIsNoYear(string sentence) =>
        DateExtractor.Extract(sentence, Published).ShouldBeEmpty();

    [Theory]
    [InlineData("نشر المقال date 2021-04 قال مسؤولون", "2021-04", "2021-04")]
    [InlineData("بحسب نشرة 2023-03 الصادرة عن الوزارة", "2023-03", "2023-03")]
    public void ReadsAYearAndMonthInDigits(string sentence, string text, string value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
        date.Precision.ShouldBe(DatePrecision.Month);
    }

    [Theory]
    [InlineData("سعر الصرف 28.05.2025 بحسب البنك", "28.05.2025", "2025-05-28")]
    [InlineData("آخر تحديث 2023-12-28 08:22 صباحا", "2023-12-28", "2023-12-28")]
    [InlineData("نشر في ٢٨-٠٥-٢٠٢٥ على الموقع", "٢٨-٠٥-٢٠٢٥", "2025-05-28")]
    [InlineData("آخر تحديث 13:03 GMT27 فبراير/ شباط 2020", "27 فبراير/ شباط 2020", "2020-02-27")]
    public void ReadsDigitDatesWithDotsDashesAndTimes(string sentence, string text, string value)
    {
        var date = DateExtractor.Extract(sentence, Published).First();
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("وقال المصدر إن الأمر أصبح معروفا خلال الـ 24 ساعة الماضية فقط", "خلال الـ 24 ساعة الماضية")]
    [InlineData("وكان المسؤولون قد حذروا في الأشهر الأخيرة من التصعيد", "في الأشهر الأخيرة")]
    [InlineData("وخلال الأيام القليلة الماضية تعرضت القاعدة لهجمات", "خلال الأيام القليلة الماضية")]
    [InlineData("وجاء الإعلان بعد ساعات قليلة من الهجوم", "بعد ساعات قليلة")]
    [InlineData("وعاد الهدوء بعد يومين من الاشتباكات", "بعد يومين")]
    [InlineData("أعلنت المفوضية النتائج بعد 7 أسابيع من الاقتراع", "بعد 7 أسابيع")]
    [InlineData("ويأتي الهجوم بعد نحو شهرين من هجوم مماثل", "بعد نحو شهرين")]
    [InlineData("وهي الضربة الثانية خلال ساعات", "خلال ساعات")]
    [InlineData("ومنذ مطلع العام، تعرضت المصالح الأمريكية لعشرات الهجمات", "منذ مطلع العام")]
    [InlineData("وكان صاروخ قد استهدف نهاراً القاعدة الجوية", "نهاراً")]
    [InlineData("وتحلق الطائرات المسيرة ليلاً فوق المدينة", "ليلاً")]
    public void FindsSpansOfTimeAsRelativeMentions(string sentence, string text)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Precision.ShouldBe(sentence.Contains("مطلع", StringComparison.Ordinal) ? DatePrecision.Range : DatePrecision.Relative);
    }

    [Theory]
    [InlineData("سقطت قذيفة على المطار قبل ساعات", "قبل ساعات", "2024-08-07")]
    [InlineData("وأعلنت الوزارة قبل قليل مقتل جنديين", "قبل قليل", "2024-08-07")]
    [InlineData("تعرضت القاعدة لهجوم منذ 48 ساعة", "منذ 48 ساعة", "2024-08-05")]
    [InlineData("وقع الانفجار قبل ساعتين فقط", "قبل ساعتين", "2024-08-07")]
    public void HoursBackAreThePublicationDay(string sentence, string text, string value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
        date.Precision.ShouldBe(DatePrecision.Day);
    }

    /// <summary>
    /// A count back followed by "من" and an event (قبل ساعات قليلة من دفنه، قبل يومين من الهجوم) is counted from that
    /// event, not from the report: a relative mention with no day. "من الآن" is from now.
    /// </summary>
    [Theory]
    [InlineData("شنت الفصائل الهجوم قبل ساعات قليلة من دفن القائد", "قبل ساعات", null)]
    [InlineData("وصل الوزير إلى بغداد قبل يومين من الهجوم", "قبل يومين", null)]
    [InlineData("سقطت قذيفة على المطار قبل يومين من الآن", "قبل يومين", "2024-08-05")]
    [InlineData("سقطت قذيفة على المطار قبل يومين في الأنبار", "قبل يومين", "2024-08-05")]
    public void ACountBackFromAnotherEventHasNoDayOfItsOwn(string sentence, string text, string? value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
    }

    [Fact]
    public void AnApproximateCountBackResolvesToItsDay()
    {
        var date = Single("وقبل نحو 15 يومًا، أصيب جنديان في هجوم مماثل", Published);
        date.Span.Text.ShouldBe("قبل نحو 15 يومًا");
        date.Value.ShouldBe("2024-07-23");
    }

    [Theory]
    [InlineData("تنتهي المهلة بعد انتهاء يوم العمل")]
    [InlineData("وصل الوزير إلى بغداد خلال يوم الجمعة")]
    [InlineData("تنقل الطائرة الركاب خلال الرحلة")]
    [InlineData("وقال إن مساء الخير تحية الجميع")]
    public void WordsNearAUnitAreNoSpanOfTime(string sentence) =>
        DateExtractor.Extract(sentence, Published).ShouldNotContain(d => d.Precision == DatePrecision.Relative);

    [Theory]
    [InlineData("قصفت طائرات مسيرة القاعدة ليل الأربعاء-الخميس", "ليل الأربعاء-الخميس", "2024-08-07")]
    [InlineData("تعرضت القاعدة لهجوم ليل الجمعة السبت", "ليل الجمعة السبت", "2024-08-02")]
    [InlineData("سقطت قذيفتان في وقت متأخر الأربعاء على المطار", "وقت متأخر الأربعاء", "2024-08-07")]
    [InlineData("تنخفض درجات الحرارة يوم غد الخميس", "يوم غد الخميس", "2024-08-08")]
    public void ResolvesNightsBetweenDaysAndTomorrow(string sentence, string text, string value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
        date.Precision.ShouldBe(DatePrecision.Day);
    }

    [Fact]
    public void ANightBeforeAWeekdayAloneResolvesToItsMonth()
    {
        var date = Single("هاجمت طائرة مسيرة المطار ليلة الأحد", Published);
        date.Span.Text.ShouldBe("ليلة الأحد");
        date.Value.ShouldBe("2024-08");
        date.Precision.ShouldBe(DatePrecision.Weekday);
    }

    [Theory]
    [InlineData("وقع الهجوم في 20 كانون الثاني/ يناير الماضي", "20 كانون الثاني/ يناير الماضي", "2024-01-20")]
    [InlineData("في العاشر من تشرين الأول استهدفت القاعدة", "العاشر من تشرين الأول", "2023-10-10")]
    [InlineData("وفي الثامن من جانفي الماضي قصف الرتل", "الثامن من جانفي الماضي", "2024-01-08")]
    [InlineData("وصل الوفد في 3 نوفمبر تشرين الثاني", "3 نوفمبر تشرين الثاني", "2023-11-03")]
    public void ResolvesPairedAndMaghrebiMonthNames(string sentence, string text, string value)
    {
        var date = Single(sentence, Published);
        date.Span.Text.ShouldBe(text);
        date.Value.ShouldBe(value);
    }

    [Fact]
    public void SpanTextIsTheDisplayText()
    {
        const string text = "أطلقت صواريخ يومَ الاثنين الماضي";
        var date = Single(text, Published);
        text.Substring(date.Span.Start, date.Span.Length).ShouldBe(date.Span.Text);
        date.Span.Text.ShouldBe("يومَ الاثنين الماضي");
    }
}
