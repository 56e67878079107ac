using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;
using NewsFacts.Api.Queries;

namespace NewsFacts.Api.Tests;

/// <summary>The from/to filter, as SQLite runs it: stored dates of any precision are kept when they overlap the range.</summary>
public sealed class DateOverlapTests() : StoredDays(Stored)
{
    private static readonly string[] Stored = ["2024-04-07", "2024-04-20", "2024-04", "2024", "2023-12-31", "2023", "2025-01-01", "2024-12", ""];

    private Task<List<string>> KeptAsync(DateOnly? from, DateOnly? to) =>
        Db.IncidentDays.Overlapping(d => d.Date, from, to).Select(d => d.Date).OrderBy(d => d).ToListAsync();

    [SqliteOnlyFact]
    public async Task AMonthOrYearOverlapsAnyDayInIt()
    {
        (await KeptAsync(new DateOnly(2024, 4, 15), new DateOnly(2024, 4, 30))).ShouldBe(["2024", "2024-04", "2024-04-20"]);
    }

    [SqliteOnlyFact]
    public async Task DaysOutsideTheRangeAndUnknownDatesAreLeftOut()
    {
        (await KeptAsync(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31))).ShouldBe(["2024", "2024-04", "2024-04-07", "2024-04-20", "2024-12"]);
    }

    [SqliteOnlyFact]
    public async Task OneBoundAlone()
    {
        (await KeptAsync(new DateOnly(2024, 12, 1), null)).ShouldBe(["2024", "2024-12", "2025-01-01"]);
        (await KeptAsync(null, new DateOnly(2023, 12, 31))).ShouldBe(["2023", "2023-12-31"]);
    }
}
