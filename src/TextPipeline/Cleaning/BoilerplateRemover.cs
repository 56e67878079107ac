using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Cleaning;

/// <summary>
/// Separates the article from site chrome by classifying lines on features that hold across outlets:
/// known phrases, heading lines that end the article, label shape (one or two bare words), script
/// (Latin menus in an Arabic page), repetition, teasers, and position near the head for title and byline.
/// </summary>
public sealed class BoilerplateRemover(Lexicons lexicons)
{
    /// <summary>A label is a line of at most this many words with no punctuation ("سياسة", "اخر الاخبار"), at the head or tail.</summary>
    public const int MaxLabelWords = 2;

    /// <summary>A line this long (in words) or longer counts as article body for the rules that look at position.</summary>
    public const int BodyLineWords = 8;

    /// <summary>A teaser this short is dropped anywhere; a longer one only in the tail, after the last body line.</summary>
    public const int ShortTeaserWords = 15;

    /// <summary>A line with more words than this, or ending with a period, is a paragraph and never taken whole as the title.</summary>
    public const int MaxTitleWords = 30;

    /// <summary>Byline, title and labels are looked for among this many non-blank lines at the head.</summary>
    public const int HeadLines = 6;

    public const string ReasonKnownPhrase = "known-phrase";
    public const string ReasonEndHeading = "end-heading";
    public const string ReasonAfterEndHeading = "after-end-heading";
    public const string ReasonLabel = "label";
    public const string ReasonLatinChrome = "latin-chrome";
    public const string ReasonNoText = "no-text";
    public const string ReasonRepeated = "repeated";
    public const string ReasonTeaser = "teaser";
    public const string ReasonTitle = "title";
    public const string ReasonByline = "byline";
    public const string ReasonPublicationTime = "publication-time";

    /// <summary>Folded words that mark a short head line as a byline ("عراقيون/متابعة", "وكالات", "خاص").</summary>
    private static readonly HashSet<string> BylineWords = new(StringComparer.Ordinal)
    {
        "متابعه", "وكالات", "خاص", "بقلم", "كتب", "كتبت", "مراسل", "مراسلنا", "اعداد", "ترجمه", "تقرير", "تحرير",
    };

    private readonly PhraseMatcher _chrome = new(lexicons.BoilerplatePhrases);
    private readonly PhraseMatcher _endHeadings = new(lexicons.ArticleEndHeadings);
    private readonly PublicationDateReader _publication = new(lexicons.PublicationLabels);

    /// <summary>Takes display text (already <see cref="ArabicNormalizer.ToDisplay"/>d) and returns the clean article.</summary>
    public CleanArticle Remove(string display, string? givenTitle)
    {
        ArgumentNullException.ThrowIfNull(display);
        var lines = display.Split('\n').Select(LineFeatures.Of).ToArray();
        var reasons = new string?[lines.Length];

        MarkAfterEndHeading(lines, reasons);
        MarkChrome(lines, reasons);
        var title = TakeTitle(lines, reasons, givenTitle);
        var byline = TakeByline(lines, reasons);
        MarkRepeated(lines, reasons);
        MarkTeasers(lines, reasons);

        var body = new List<string>();
        string? dateline = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (reasons[i] is not null)
            {
                continue;
            }
            var text = lines[i].Text;
            if (text.Length == 0)
            {
                // Blank lines separate paragraphs: never two in a row, none at the ends.
                if (body.Count > 0 && body[^1].Length > 0)
                {
                    body.Add(text);
                }
                continue;
            }
            if (body.Count == 0 && DatelineSplitter.Split(text) is var (place, bodyStart))
            {
                dateline = place;
                text = text[bodyStart..];
            }
            body.Add(text);
        }
        while (body.Count > 0 && body[^1].Length == 0)
        {
            body.RemoveAt(body.Count - 1);
        }

        var removed = new List<RemovedLine>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (reasons[i] is { } reason && !lines[i].IsBlank)
            {
                removed.Add(new RemovedLine(i + 1, lines[i].Text, reason));
            }
        }
        return new CleanArticle(title, string.Join('\n', body), byline, dateline, removed);
    }

    /// <summary>
    /// From a related-stories heading on, nothing is the article. The heading must be the whole line and
    /// follow some body, so a sidebar heading above the article or a sentence quoting the words cuts nothing.
    /// </summary>
    private void MarkAfterEndHeading(LineFeatures[] lines, string?[] reasons)
    {
        var bodySeen = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (bodySeen && !line.EndsWithPeriod && _endHeadings.MatchesHeading(line.Words))
            {
                reasons[i] = ReasonEndHeading;
                for (var j = i + 1; j < lines.Length; j++)
                {
                    reasons[j] = ReasonAfterEndHeading;
                }
                return;
            }
            bodySeen |= line.WordCount >= BodyLineWords;
        }
    }

    private void MarkChrome(LineFeatures[] lines, string?[] reasons)
    {
        var arabicPage = lines.Sum(l => l.ArabicLetterCount) >= lines.Sum(l => l.LatinLetterCount);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (reasons[i] is not null || line.IsBlank)
            {
                continue;
            }
            reasons[i] = line switch
            {
                _ when _chrome.MatchesChrome(line.Words) => ReasonKnownPhrase,
                // "آخر تحديث: الأحد 28 كانون الثاني 2024 - 10:45": the page's own time (read before cleaning), not text.
                _ when _publication.IsTimestamp(line) || PublicationDateReader.IsBareTimestamp(line) => ReasonPublicationTime,
                // "اقرأ أيضا: عنوان مقال آخر" inside the article: the link goes, the article goes on.
                _ when _endHeadings.MatchesStart(line.Words) && line.Text.Contains(':') => ReasonKnownPhrase,
                // A related-stories heading above any body is a sidebar label, not the end of the article.
                _ when _endHeadings.MatchesHeading(line.Words) => ReasonLabel,
                _ when line.HasCopyrightSign && line.WordCount <= BodyLineWords => ReasonKnownPhrase,
                _ when !line.HasLetters => ReasonNoText,
                _ when arabicPage && line.LatinLetterCount > line.ArabicLetterCount && line.WordCount <= BodyLineWords => ReasonLatinChrome,
                _ => null,
            };
        }
        MarkLabels(lines, reasons);
    }

    /// <summary>
    /// Bare one- or two-word lines above the first or below the last body line are section labels and menus.
    /// Between body lines such a line is a subheading or a short sentence ("قتل جنديان"), and it stays.
    /// </summary>
    private static void MarkLabels(LineFeatures[] lines, string?[] reasons)
    {
        var body = Enumerable.Range(0, lines.Length).Where(i => reasons[i] is null && lines[i].WordCount >= BodyLineWords && !lines[i].EndsWithEllipsis).ToList();
        var (first, last) = body.Count > 0 ? (body[0], body[^1]) : (lines.Length, -1);
        for (var i = 0; i < lines.Length; i++)
        {
            if (reasons[i] is null && (i < first || i > last) && IsLabel(lines[i]))
            {
                reasons[i] = ReasonLabel;
            }
        }
    }

    /// <summary>One or two bare words; "بغداد - خاص" and "عراقيون/متابعة" are left for the byline rule.</summary>
    private static bool IsLabel(LineFeatures line) =>
        line.WordCount <= MaxLabelWords && !line.HasSentencePunctuation && !IsBylineShaped(line) && !line.Text.Contains(" - ", StringComparison.Ordinal);

    /// <summary>
    /// The given title, wherever the page repeats it near the head, is dropped from the body. Without one, the
    /// first substantive line is the title, unless it is a paragraph: then its first words name the article
    /// and the paragraph stays, so no sentence is lost.
    /// </summary>
    private static string TakeTitle(LineFeatures[] lines, string?[] reasons, string? givenTitle)
    {
        var head = HeadIndexes(lines, reasons).ToList();
        if (!string.IsNullOrWhiteSpace(givenTitle))
        {
            // The given title comes from outside the display text (an HTML title), so it is normalized the same way.
            // Every copy goes: an HTML page has it in <title> or og:title and again as the article's <h1>.
            var titleLine = LineFeatures.Of(ArabicNormalizer.ToDisplay(givenTitle));
            foreach (var i in head.Where(i => SameTitle(lines[i], titleLine)))
            {
                reasons[i] = ReasonTitle;
            }
            return titleLine.Text;
        }
        foreach (var i in head)
        {
            var line = lines[i];
            if (IsBylineShaped(line))
            {
                continue;
            }
            if (line.WordCount <= MaxTitleWords && !line.EndsWithPeriod && !line.EndsWithEllipsis)
            {
                reasons[i] = ReasonTitle;
                return line.Text;
            }
            return string.Join(' ', line.Text.Split(' ').Take(12));
        }
        return "";
    }

    /// <summary>
    /// The same headline, or one a prefix of the other (sites append " - اسم الموقع" to the HTML title). A longer line
    /// that ends a sentence is the article's first sentence opening with the headline's words, not a copy.
    /// </summary>
    private static bool SameTitle(LineFeatures line, LineFeatures title)
    {
        if (line.Key.Length == 0 || title.Key.Length == 0 || line.EndsWithPeriod && line.WordCount > title.WordCount)
        {
            return false;
        }
        var (shorter, longer) = line.WordCount <= title.WordCount ? (line, title) : (title, line);
        return shorter.Key == longer.Key || (shorter.WordCount >= 4 && longer.Key.StartsWith(shorter.Key + " ", StringComparison.Ordinal));
    }

    private static string? TakeByline(LineFeatures[] lines, string?[] reasons)
    {
        foreach (var i in HeadIndexes(lines, reasons))
        {
            var line = lines[i];
            if (line.WordCount >= BodyLineWords)
            {
                return null;
            }
            if (IsBylineShaped(line))
            {
                reasons[i] = ReasonByline;
                return line.Text.TrimEnd('-', LineFeatures.EnDash, LineFeatures.EmDash, ' ', ':');
            }
        }
        return null;
    }

    /// <summary>
    /// "عراقيون/متابعة"، "بغداد -"، "وكالات"، and an outlet and a place joined by a dash ("عنب بلدي - دير الزور"): a line of
    /// at most four words cut by " - " is no headline.
    /// </summary>
    private static bool IsBylineShaped(LineFeatures line) =>
        line.WordCount <= 5 && !line.EndsWithPeriod
        && (line.HasSlash || line.EndsWithDash || line.Words.Any(BylineWords.Contains)
            || line.WordCount <= MaxDashedBylineWords && line.Text.Contains(" - ", StringComparison.Ordinal));

    private const int MaxDashedBylineWords = 4;

    private static IEnumerable<int> HeadIndexes(LineFeatures[] lines, string?[] reasons) =>
        Enumerable.Range(0, lines.Length)
            .Where(i => !lines[i].IsBlank)
            .Take(HeadLines)
            .Where(i => reasons[i] is null);

    /// <summary>A caption or pull quote printed twice keeps its first copy.</summary>
    private static void MarkRepeated(LineFeatures[] lines, string?[] reasons)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            if (reasons[i] is null && lines[i].WordCount > 0 && !seen.Add(lines[i].Key))
            {
                reasons[i] = ReasonRepeated;
            }
        }
    }

    /// <summary>
    /// A line cut off with "..." is a teaser for another story: short ones anywhere, long ones after the last body line.
    /// With no body line at all, the longest of the long ones is the article itself, cut off by a feed: teasers follow
    /// an article, they do not make one up, and an article dropped whole would lose its every fact.
    /// </summary>
    private static void MarkTeasers(LineFeatures[] lines, string?[] reasons)
    {
        var inTail = true;
        var longest = -1;
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (reasons[i] is not null || line.IsBlank)
            {
                continue;
            }
            if (line.EndsWithEllipsis && (inTail || line.WordCount <= ShortTeaserWords))
            {
                reasons[i] = ReasonTeaser;
                if (inTail && line.WordCount > ShortTeaserWords && (longest < 0 || line.WordCount >= lines[longest].WordCount))
                {
                    longest = i;
                }
            }
            else if (line.WordCount >= BodyLineWords)
            {
                inTail = false;
            }
        }
        if (inTail && longest >= 0)
        {
            reasons[longest] = null;
        }
    }
}
