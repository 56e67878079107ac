using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Cleaning;

/// <summary>
/// The publication date a page states about itself, for articles that come with none: a short line with a
/// publication label (publication-labels.txt: "آخر تحديث"، "نشر بتاريخ"، "تاريخ النشر") and a full date, in words
/// in either month series ("الأحد 28 كانون الثاني 2024"، "28 يناير 2024") or digits, day first as Arabic pages write
/// them ("28/01/2024"، "2024-01-28"). A line with a label but no full date gives nothing: the weekday or the day
/// alone cannot be placed without the date this is meant to find.
/// </summary>
public sealed class PublicationDateReader
{
    /// <summary>A timestamp line is short; a longer line with "نشر في" is a sentence of the article.</summary>
    private const int MaxWords = 16;

    private readonly PhraseMatcher _labels;

    public PublicationDateReader(IEnumerable<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        _labels = new PhraseMatcher(labels);
    }

    /// <summary>The first full date on a timestamp line of <paramref name="display"/>, or null.</summary>
    public DateOnly? Read(string display)
    {
        ArgumentNullException.ThrowIfNull(display);
        return display.Split('\n').Where(IsTimestamp).Select(DateOf).FirstOrDefault(date => date is not null);
    }

    /// <summary>A short line with a publication label and a digit (a date or a time): page chrome, not article text.</summary>
    public bool IsTimestamp(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return HasTimestampShape(line) && _labels.Contains(KeyTokenizer.FoldedWords(line));
    }

    /// <summary><see cref="IsTimestamp(string)"/> on a line the boilerplate remover has already folded.</summary>
    internal bool IsTimestamp(LineFeatures line) => HasTimestampShape(line.Text) && _labels.Contains(line.Words);

    /// <summary>
    /// A line that is only a full date, with a time or weekday at most ("2024-01-15 09:32"، "الاثنين 15 كانون الثاني 2024"،
    /// "15/01/2024 - 10:45 ص"): a page's timestamp even without a label, since article prose never is a bare date.
    /// </summary>
    internal static bool IsBareTimestamp(LineFeatures line)
    {
        if (line.WordCount > MaxBareWords || !line.Text.Any(char.IsDigit))
        {
            return false;
        }
        var key = ArabicNormalizer.Fold(line.Text);
        var date = CalendarDateFinder.Find(key).FirstOrDefault(f => f is { Day: not null, Month: not null, Year: not null });
        if (date is null)
        {
            return false;
        }
        var rest = (key[..date.KeyStart] + " " + key[date.KeyEnd..]).Split(TimeMarks, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == TimeZoneWord)
            {
                i += TimeZoneWords;
            }
            else if (!rest[i].All(char.IsDigit) && !TimeWords.Contains(rest[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"بتوقيت بغداد"، "بتوقيت مكة المكرمة": the zone's name, up to two words, follows.</summary>
    private static readonly string TimeZoneWord = ArabicNormalizer.Fold("بتوقيت");
    private const int TimeZoneWords = 2;

    /// <summary>The most words a bare timestamp line has: weekday, day, two-word month, year, time, ص/م.</summary>
    private const int MaxBareWords = 9;

    private static readonly char[] TimeMarks = [' ', ':', '-', '/', '.', ',', '\u060C', '|', '(', ')', '\u2013', '\u2014'];

    /// <summary>Weekdays and time words a bare timestamp may carry besides its date, folded.</summary>
    private static readonly HashSet<string> TimeWords = new(
        WeekdayNames.Days.Keys.Concat(new[] { "يوم", "الساعة", "ص", "م", "صباحا", "مساء", "مساءً", "ظهرا", "غرينتش", "GMT", "UTC" }.Select(ArabicNormalizer.Fold)),
        StringComparer.Ordinal);

    private static bool HasTimestampShape(string line) =>
        line.Any(char.IsDigit) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWords;

    /// <summary>The full date on a timestamp line, in words or in digits, or null.</summary>
    public static DateOnly? DateOf(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        foreach (var found in CalendarDateFinder.Find(ArabicNormalizer.Fold(line)))
        {
            if (found is { Day: { } day, Month: { } month, Year: { } year } && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }
        return null;
    }
}
