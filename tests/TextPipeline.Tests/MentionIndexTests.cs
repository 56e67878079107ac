using NewsFacts.TextPipeline.Extraction;

namespace NewsFacts.TextPipeline.Tests;

public class MentionIndexTests
{
    public sealed record Mention(string Name, int Start, int End);

    private static MentionIndex<Mention> Index(params Mention[] mentions) => new(mentions, m => m.Start, m => m.End);

    /// <summary>Names of real text order: "قصفت طائرة مسيرة قاعدة عين الأسد في الأنبار وقاعدة حرير".</summary>
    private static readonly Mention[] InTextOrder = [new("عين الأسد", 4, 6), new("الأنبار", 7, 8), new("حرير", 9, 10)];

    /// <summary>The same names in another order: the answers must still be a filter of the list, in its order.</summary>
    private static readonly Mention[] OutOfOrder = [InTextOrder[2], InTextOrder[0], InTextOrder[1]];

    public static TheoryData<Mention[]> Lists() => new() { InTextOrder, OutOfOrder };

    [Theory]
    [MemberData(nameof(Lists))]
    public void StartingInIsTheListFilteredOnStarts(Mention[] list)
    {
        var index = Index(list);
        for (var from = 0; from <= 11; from++)
        {
            for (var to = from; to <= 11; to++)
            {
                index.StartingIn(from, to).ShouldBe(list.Where(m => m.Start >= from && m.Start < to));
                index.EndingIn(from, to).ShouldBe(list.Where(m => m.End >= from && m.End < to));
                index.Overlapping(from, to).ShouldBe(list.Where(m => m.Start < to && m.End > from));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void LastEndingByIsTheLastOfTheListThatEndsInTime(Mention[] list)
    {
        var index = Index(list);
        for (var to = 0; to <= 11; to++)
        {
            index.LastEndingBy(to).ShouldBe(list.LastOrDefault(m => m.End <= to));
        }
    }

    [Fact]
    public void OverlappingFindsTheNameThatCoversAToken() =>
        Index(InTextOrder).Overlapping(5, 6).Single().Name.ShouldBe("عين الأسد");

    [Fact]
    public void WhereKeepsWhatThePredicateAcceptsAndIsMadeOncePerPredicate()
    {
        var index = Index(InTextOrder);
        Func<Mention, bool> bases = m => m.Name != "الأنبار";
        index.Where(bases).ShouldBe([InTextOrder[0], InTextOrder[2]]);
        index.Where(bases).ShouldBeSameAs(index.Where(bases));
        index.Where(bases).LastEndingBy(9).ShouldBe(InTextOrder[0]);
    }

    [Fact]
    public void AnEmptyListAnswersNothing()
    {
        var index = Index();
        index.StartingIn(0, 10).ShouldBeEmpty();
        index.Overlapping(0, 10).ShouldBeEmpty();
        index.LastEndingBy(10).ShouldBeNull();
    }
}
