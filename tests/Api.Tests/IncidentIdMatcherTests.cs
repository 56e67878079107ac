using NewsFacts.Api.Import;

namespace NewsFacts.Api.Tests;

/// <summary>Which id each re-extracted incident keeps: one rule at a time, on incidents given by their reports' article ids.</summary>
public sealed class IncidentIdMatcherTests
{
    private static ReportedIncident Incident(int id, params int[] articles) => new(id, articles.ToHashSet());

    /// <summary>"from>to" in key order.</summary>
    private static List<string> Pairs(IReadOnlyDictionary<int, int> map) => map.OrderBy(p => p.Key).Select(p => $"{p.Key}>{p.Value}").ToList();

    [Fact]
    public void TheSameReportsKeepTheId()
    {
        var match = IncidentIdMatcher.Match([Incident(3, 1, 2), Incident(4, 5)], [Incident(100, 5), Incident(101, 1, 2)]);

        Pairs(match.Kept).ShouldBe(["100>4", "101>3"]);
        match.MergedInto.ShouldBeEmpty();
        match.Gone.ShouldBeEmpty();
    }

    [Fact]
    public void IncidentsOfTheSameReportsPairInOrder()
    {
        // One article telling two attacks, before and after.
        var match = IncidentIdMatcher.Match([Incident(8, 1), Incident(7, 1)], [Incident(100, 1), Incident(101, 1)]);

        Pairs(match.Kept).ShouldBe(["100>7", "101>8"]);
    }

    [Fact]
    public void TwoIncidentsNowOneKeepTheLowerIdAndTheOtherIsMergedIntoIt()
    {
        var match = IncidentIdMatcher.Match([Incident(5, 2), Incident(3, 1)], [Incident(100, 1, 2)]);

        Pairs(match.Kept).ShouldBe(["100>3"]);
        Pairs(match.MergedInto).ShouldBe(["5>3"]);
        match.Gone.ShouldBeEmpty();
    }

    [Fact]
    public void AMergeKeepsTheIdOfTheIncidentWithMostOfTheReports()
    {
        var match = IncidentIdMatcher.Match([Incident(3, 1), Incident(5, 2, 3, 4)], [Incident(100, 1, 2, 3, 4)]);

        Pairs(match.Kept).ShouldBe(["100>5"]);
        Pairs(match.MergedInto).ShouldBe(["3>5"]);
    }

    [Fact]
    public void AnIncidentJoiningOneThatKeptItsReportsIsMergedIntoIt()
    {
        // Incident 6's report now joins the reports of incident 4, which are all still together.
        var match = IncidentIdMatcher.Match([Incident(4, 1, 2), Incident(6, 3)], [Incident(100, 1, 2, 3)]);

        Pairs(match.Kept).ShouldBe(["100>4"]);
        Pairs(match.MergedInto).ShouldBe(["6>4"]);
    }

    [Fact]
    public void ASplitIncidentLivesOnInThePartWithMostOfItsReportsAndTheRestIsNew()
    {
        var match = IncidentIdMatcher.Match([Incident(4, 1, 2, 3)], [Incident(100, 3), Incident(101, 1, 2)]);

        Pairs(match.Kept).ShouldBe(["101>4"]);
        match.MergedInto.ShouldBeEmpty();
        match.Gone.ShouldBeEmpty();
    }

    [Fact]
    public void ASplitIntoEqualPartsLivesOnInTheFirstMade()
    {
        var match = IncidentIdMatcher.Match([Incident(4, 1, 2)], [Incident(101, 2), Incident(100, 1)]);

        Pairs(match.Kept).ShouldBe(["100>4"]);
    }

    [Fact]
    public void AnIncidentNoReportYieldsAnyMoreIsGone()
    {
        var match = IncidentIdMatcher.Match([Incident(4, 1), Incident(9, 2), Incident(10)], [Incident(100, 1)]);

        Pairs(match.Kept).ShouldBe(["100>4"]);
        match.Gone.ShouldBe([9, 10]);
        match.MergedInto.ShouldBeEmpty();
    }

    [Fact]
    public void AnIncidentOfNewReportsKeepsNoOldId()
    {
        var match = IncidentIdMatcher.Match([Incident(4, 1)], [Incident(100, 1), Incident(101, 2)]);

        Pairs(match.Kept).ShouldBe(["100>4"]);
    }

    [Fact]
    public void NothingBeforeOrAfterMatchesNothing()
    {
        var match = IncidentIdMatcher.Match([], []);

        match.Kept.ShouldBeEmpty();
        match.MergedInto.ShouldBeEmpty();
        match.Gone.ShouldBeEmpty();
    }
}
