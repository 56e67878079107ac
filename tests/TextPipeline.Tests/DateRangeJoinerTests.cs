using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>Ranges of days become one mention, precision range, with its first day as the value and its last as Until.</summary>
public class DateRangeJoinerTests
{
    /// <summary>Wednesday 7 August 2024.</summary>
    private static readonly DateOnly Published = new(2024, 8, 7);

    private static IReadOnlyList<DateMention> Dates(string text) => DateExtractor.Extract(text, Published);

    [Theory]
    [InlineData("نفذت الفصائل هجمات متتالية من 10 إلى 12 شباط 2024 على قواعد في سوريا.", "من 10 إلى 12 شباط 2024", "2024-02-10", "2024-02-12")]
    [InlineData("وقعت الاشتباكات بين 3 و5 آذار 2023 قرب الحدود.", "بين 3 و5 آذار 2023", "2023-03-03", "2023-03-05")]
    [InlineData("استمرت الغارات من 28 شباط 2024 حتى 2 آذار 2024 في ريف دير الزور.", "من 28 شباط 2024 حتى 2 آذار 2024", "2024-02-28", "2024-03-02")]
    [InlineData("أحصت الوزارة الهجمات منذ مطلع العام على القواعد الأمريكية.", "منذ مطلع العام", "2024-01-01", "2024-08-07")]
    public void JoinsARangeOfDaysIntoOneMention(string text, string expression, string first, string last)
    {
        var range = Dates(text).ShouldHaveSingleItem();
        (range.Span.Text, range.Precision, range.Value, range.Until).ShouldBe((expression, DatePrecision.Range, first, last));
    }

    /// <summary>No day before the date, numbers that count something else, or a single day: no range.</summary>
    [Theory]
    [InlineData("أطلق مسلحون من 10 إلى 12 صاروخا على القاعدة يوم 5 آذار 2024.")]
    [InlineData("سقطت الصواريخ في 12 شباط 2024 على القاعدة.")]
    [InlineData("من 15 إلى 12 شباط 2024")]
    public void LeavesWhatIsNoRangeAsItWas(string text) => Dates(text).ShouldAllBe(d => d.Precision != DatePrecision.Range && d.Until == null);

    [Fact]
    public void AYearStartWithNoPublicationDateStaysRelative() =>
        DateExtractor.Extract("أحصت الوزارة الهجمات منذ مطلع العام على القواعد.", null).ShouldAllBe(d => d.Precision != DatePrecision.Range);

    [Fact]
    public void NothingIsEmpty() => Dates("").ShouldBeEmpty();
}
