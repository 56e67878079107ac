using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Tests;

/// <summary>
/// The whole years of a date range, which the year summaries answer, and the rest, which the day and month summaries
/// answer: together, as SQLite runs them, exactly the stored dates the range overlaps, each once.
/// </summary>
public sealed class YearSpanTests() : StoredDays(Stored)
{
    private static readonly string[] Stored =
        ["2018-06-01", "2018", "2019-01-01", "2019-03", "2019-03-15", "2019", "2020-07-04", "2020", "2021-01", "2021-12-31", "2021", "2022-02-02", ""];

    [Theory]
    [InlineData("2020-01-01", null, "2020", null)]
    [InlineData("2019-03-15", null, "2020", null)]
    [InlineData(null, "2020-12-31", null, "2020")]
    [InlineData(null, "2020-12-30", null, "2019")]
    [InlineData("2019-01-01", "2021-06-30", "2019", "2020")]
    [InlineData("2019-01-02", "2019-12-31", null, null)]
    [InlineData("2019-07-01", "2020-06-30", null, null)]
    [InlineData("2021-01-01", "2020-12-31", null, null)]
    public void WholeYearsOfARange(string? from, string? to, string? first, string? last)
    {
        var span = YearSpan.Of(Date(from), Date(to));
        if (first is null && last is null)
        {
            span.ShouldBeNull();
            return;
        }
        span.ShouldBe(new YearSpan(first, last));
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("2020-01-01", null, true)]
    [InlineData("2020-01-01", "2022-12-31", true)]
    [InlineData("2020-01-02", null, false)]
    [InlineData(null, "2022-12-30", false)]
    public void CoversWholeYearsOnly(string? from, string? to, bool covers) => YearSpan.Covers(Date(from), Date(to)).ShouldBe(covers);

    [Theory]
    [InlineData("2019-03-15", null)]
    [InlineData("2019-01-01", "2021-06-30")]
    [InlineData(null, "2020-12-31")]
    [InlineData("2018-12-31", "2021-01-01")]
    [InlineData("2020-01-01", "2020-12-31")]
    public async Task WholeYearsAndTheRestAreTheRangeEachDateOnce(string? from, string? to)
    {
        var span = YearSpan.Of(Date(from), Date(to)).ShouldNotBeNull();
        var overlapping = await Db.IncidentDays.Overlapping(d => d.Date, Date(from), Date(to)).Select(d => d.Date).ToListAsync();
        var rest = await Db.IncidentDays.Overlapping(d => d.Date, Date(from), Date(to)).Outside(d => d.Date, span).Select(d => d.Date).ToListAsync();
        var inYears = Stored.Where(d => d != "" && (span.First is null || string.CompareOrdinal(d[..4], span.First) >= 0)
            && (span.Last is null || string.CompareOrdinal(d[..4], span.Last) <= 0)).ToList();
        rest.Concat(inYears).Order(StringComparer.Ordinal).ShouldBe(overlapping.Order(StringComparer.Ordinal), $"{from} {to}");
        inYears.ShouldNotBeEmpty();
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
