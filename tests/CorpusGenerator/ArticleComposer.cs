using System.Globalization;
using System.Text;

namespace NewsFacts.CorpusGenerator;

/// <summary>One line of the corpus, in the import's JSON Lines shape.</summary>
public sealed record GeneratedArticle(string Title, string Text, string Source, string Url, string PublishedAt);

/// <summary>
/// Composes articles from the material with one seeded <see cref="Random"/>, so a seed and a count give the same file
/// every time. Publication dates advance through the archive's years with a few days of jitter, as a crawl would.
/// </summary>
public sealed class ArticleComposer(Material material, int seed, int count, double noIncidentShare)
{
    private static readonly DateOnly FirstDay = new(2014, 1, 1);
    private static readonly DateOnly LastDay = new(2025, 12, 31);
    private static readonly string[] Outlets = ["رويترز", "فرانس برس", "الأناضول", "شفق نيوز", "السومرية نيوز", "العربية", "الجزيرة نت", "روداو"];
    private static readonly string[] IncidentTitles =
    [
        "هجوم ب{W} على {P}", "{A} تعلن استهداف {P} ب{W}", "سقوط {N} صواريخ قرب {P}", "استهداف {P} ب{W} في {C}",
        "{A}: إسقاط {W} قرب {P}", "انفجار يهز {P} و{A} تتوعد بالرد",
    ];
    private static readonly string[] NeutralTitles =
    [
        "{A} يبحث مع {A} الأوضاع في {C}", "افتتاح مشاريع خدمية في {P}", "البرلمان في {C} يناقش موازنة {Y}", "احتجاجات في {P} للمطالبة بالخدمات",
    ];

    private readonly Random _random = new(seed);
    private readonly Template[] _incidentTitles = IncidentTitles.Select(Template.FromBraces).ToArray();
    private readonly Template[] _neutralTitles = NeutralTitles.Select(Template.FromBraces).ToArray();

    public int NoIncidentCount { get; private set; }

    public GeneratedArticle Next(int index)
    {
        var span = LastDay.DayNumber - FirstDay.DayNumber;
        var day = FirstDay.DayNumber + (int)((long)index * span / Math.Max(count, 1)) + _random.Next(-3, 4);
        var published = DateOnly.FromDayNumber(Math.Clamp(day, FirstDay.DayNumber, LastDay.DayNumber));
        var noIncident = _random.NextDouble() < noIncidentShare;
        if (noIncident) NoIncidentCount++;

        var text = new StringBuilder(4096);
        if (_random.NextDouble() < 0.4)
        {
            for (var i = _random.Next(1, 4); i > 0; i--) text.Append(Pick(material.Boilerplate)).Append('\n');
            text.Append('\n');
        }
        var sentences = _random.Next(4, 19);
        for (var s = 0; s < sentences; s++)
        {
            var fromIncidents = !noIncident && (s == 0 || _random.NextDouble() < 0.5);
            if (s > 0) text.Append(_random.Next(3) == 0 ? "\n\n" : " ");
            if (!noIncident && s == 1 && _random.NextDouble() < 0.5)
            {
                AppendDateSentence(text, published);
                text.Append(' ');
            }
            Fill(text, Pick(fromIncidents ? material.IncidentSentences : material.NeutralSentences), published);
        }
        if (_random.NextDouble() < 0.5)
        {
            text.Append("\n\n").Append(Pick(material.EndHeadings)).Append('\n');
            for (var i = _random.Next(2, 4); i > 0; i--)
            {
                Fill(text, Pick(_random.Next(2) == 0 ? _incidentTitles : _neutralTitles), published);
                text.Append('\n');
            }
            text.Append(Pick(material.Boilerplate));
        }

        var title = new StringBuilder();
        Fill(title, Pick(noIncident ? _neutralTitles : _incidentTitles), published);
        return new GeneratedArticle(title.ToString(), text.ToString(), Pick(Outlets),
            string.Create(CultureInfo.InvariantCulture, $"https://news.example/{seed}/{index}"),
            published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>An explicit date for the attack, in one of the ways Arabic outlets write it.</summary>
    private void AppendDateSentence(StringBuilder text, DateOnly published)
    {
        var when = published.AddDays(-_random.Next(0, 4));
        var (gregorian, levantine) = Material.Months[when.Month - 1];
        var weekday = Material.Weekdays[(int)when.DayOfWeek];
        text.Append(_random.Next(4) switch
        {
            0 => $"ووقع الهجوم فجر يوم {weekday} {when.Day} {gregorian}/{levantine} {when.Year}.",
            1 => $"وأفاد مصدر أمني بأن الهجوم وقع مساء {weekday} الماضي.",
            2 => $"وجاء الهجوم في {when.Day} من {gregorian} الجاري بحسب بيان رسمي.",
            _ => "وكان هجوم مماثل قد استهدف الموقع نفسه الشهر الماضي.",
        });
    }

    private void Fill(StringBuilder text, Template template, DateOnly published)
    {
        foreach (var (kind, literal) in template.Parts)
        {
            switch (kind)
            {
                case SlotKind.Text: text.Append(literal); break;
                case SlotKind.Place:
                    var place = Pick(material.Places);
                    text.Append(Name(place.NameAr, place.Aliases));
                    break;
                case SlotKind.Country: text.Append(Pick(material.Countries).NameAr); break;
                case SlotKind.Actor:
                    var actor = Pick(material.Actors);
                    text.Append(Name(actor.NameAr, actor.Aliases));
                    break;
                case SlotKind.Number: text.Append(Number(_random.Next(1, 40))); break;
                case SlotKind.Year: text.Append(Number(published.Year - _random.Next(0, 2))); break;
                case SlotKind.Weapon: text.Append(Pick(Material.Weapons)); break;
                case SlotKind.Month:
                    var (gregorian, levantine) = Pick(Material.Months);
                    text.Append(_random.Next(3) switch { 0 => gregorian, 1 => levantine, _ => gregorian + "/" + levantine });
                    break;
                default: text.Append(Pick(Material.Weekdays)); break;
            }
        }
    }

    /// <summary>Mostly the canonical name, sometimes an Arabic alias, as outlets vary their wording.</summary>
    private string Name(string nameAr, IReadOnlyList<string> aliases)
    {
        if (aliases.Count == 0 || _random.Next(4) != 0) return nameAr;
        var alias = aliases[_random.Next(aliases.Count)];
        return alias.Any(c => c is >= '\u0621' and <= '\u064A') ? alias : nameAr;
    }

    /// <summary>Western digits mostly; one in six in Arabic-Indic digits, which the pipeline must read too.</summary>
    private string Number(int value)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        return _random.Next(6) != 0 ? digits : string.Concat(digits.Select(d => (char)('\u0660' + (d - '0'))));
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
