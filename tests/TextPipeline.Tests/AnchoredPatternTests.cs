using System.Text.RegularExpressions;
using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Normalization;
using Shouldly;
using Xunit;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>
/// AnchoredPattern must find exactly what the plain regex finds. The pattern here has the shape of the date patterns:
/// a word-start lookbehind, optional words before the anchor, optional words and a lookahead after it.
/// </summary>
public class AnchoredPatternTests
{
    private static readonly Regex Pattern = new(
        @"(?<=(?:^|[^\p{L}\d])[وفبل]?)(?:(?:اوايل|منتصف)\s+)?(?:شهر\s+)?(?<m>" + MonthNames.Pattern + @")(?!\p{L})(?:\s+(?<year>20\d\d))?(?!\s+عشر)",
        RegexOptions.CultureInvariant);

    private static readonly string[] Anchors = MonthNames.Months.Keys.Select(k => k.Split(' ')[0]).ToArray();

    public static TheoryData<string> Texts() => new()
    {
        "وقع الهجوم في منتصف شهر اب 2024 على القاعدة",
        "أواخر كانون الثاني 2023 وأوائل يناير",
        "الباب والإرهاب وأبو بكر: لا شهر هنا",
        "في اب عشر", // the lookahead after the anchor rejects it
        "ويناير2024 ولاب",
        "منتصف\n\nشهر   يناير",
        "يناير",
        "",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Finds_the_same_matches_as_the_plain_regex(string text)
    {
        var key = ArabicNormalizer.ToMatchKey(text).Key;
        Spans(new AnchoredPattern(Pattern, Anchors, 3, 8).Matches(key, WordRuns.Of(key))).ShouldBe(Spans(Pattern.Matches(key)));
    }

    [Theory]
    [MemberData(nameof(RepoFiles.SeedIds), MemberType = typeof(RepoFiles))]
    public void Finds_the_same_matches_as_the_plain_regex_in_the_seed_articles(string sample)
    {
        var key = ArabicNormalizer.ToMatchKey(RepoFiles.Sample(sample)).Key;
        Pattern.Matches(key).Count.ShouldBeGreaterThan(0, "the seed should name a month, or this test compares nothing");
        Spans(new AnchoredPattern(Pattern, Anchors, 3, 8).Matches(key, WordRuns.Of(key))).ShouldBe(Spans(Pattern.Matches(key)));
    }

    [Fact]
    public void A_window_smaller_than_the_pattern_loses_the_words_before_the_anchor()
    {
        // The negative case: with no words before the anchor in its window, the qualifier and شهر fall outside.
        var key = ArabicNormalizer.ToMatchKey("في منتصف شهر اب 2024").Key;
        var narrow = Spans(new AnchoredPattern(Pattern, Anchors, 0, 8).Matches(key, WordRuns.Of(key)));
        narrow.ShouldNotBe(Spans(Pattern.Matches(key)));
        narrow.ShouldBe(["اب 2024"]);
    }

    [Fact]
    public void Word_runs_split_letters_from_digits()
    {
        WordRuns.Of("ويناير2024، ثم").Runs.ShouldBe([(0, 6), (6, 4), (12, 2)]);
    }

    private static List<string> Spans(IEnumerable<Match> matches) => matches.Select(m => m.Value).ToList();
}
