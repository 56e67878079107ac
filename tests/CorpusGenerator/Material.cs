using System.Text.RegularExpressions;
using NewsFacts.TextPipeline.Lexicon;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.CorpusGenerator;

/// <summary>What a generated article is made of: the seed articles' sentences turned into templates, and the lexicons' names.</summary>
public sealed partial class Material
{
    /// <summary>A sentence mentioning any of these is about an attack; the others make incident-free filler.</summary>
    private static readonly string[] IncidentWords =
        ["هجوم", "هجمات", "استهدف", "قصف", "صاروخ", "صواريخ", "مسير", "انفجار", "عبوة", "قذيف", "قذائف", "غارة", "ضربة", "اعتداء"];

    public static readonly string[] Weapons =
    [
        "طائرة مسيرة", "طائرتين مسيرتين", "طائرات مسيرة", "طائرة مسيرة ملغمة", "صاروخ", "صاروخين", "صواريخ", "صواريخ كاتيوشا",
        "قذيفة هاون", "قذائف هاون", "عبوة ناسفة", "صاروخ باليستي", "طائرتان مسيرتان", "صاروخان",
    ];

    public static readonly (string Gregorian, string Levantine)[] Months =
    [
        ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "نيسان"), ("مايو", "أيار"), ("يونيو", "حزيران"),
        ("يوليو", "تموز"), ("أغسطس", "آب"), ("سبتمبر", "أيلول"), ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول"),
    ];

    public static readonly string[] Weekdays = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];

    /// <summary>Incident-free sentences that the seed articles alone would not supply enough of.</summary>
    private static readonly string[] NeutralTemplates =
    [
        "وبحث {A} مع وفد من {A} في {P} سبل تعزيز التعاون الاقتصادي بين البلدين.",
        "وأعلنت وزارة التخطيط في {C} أن معدل التضخم بلغ {N} في المئة خلال العام {Y}.",
        "وقال مسؤول محلي في {P} إن مشاريع إعادة الإعمار ستنطلق مطلع {M} المقبل.",
        "ومن المقرر أن يزور رئيس الوزراء {P} يوم {D} لافتتاح عدد من المشاريع الخدمية.",
        "وشهدت {P} احتجاجات شعبية للمطالبة بتحسين الخدمات وتوفير فرص العمل للشباب.",
        "وأكد {A} في بيان التزامه بالاتفاقات الموقعة مع الحكومة في {C} ودعا إلى الحوار.",
        "وارتفعت أسعار النفط بنسبة {N} في المئة مع تزايد الطلب في الأسواق العالمية.",
        "وناقش البرلمان في {C} مشروع قانون الموازنة العامة لعام {Y} وسط خلافات بين الكتل السياسية.",
        "وافتتحت السلطات في {P} مستشفى جديدا بسعة {N} سريرا لخدمة سكان المنطقة.",
        "وتوقعت هيئة الأنواء الجوية انخفاض درجات الحرارة في {P} خلال الأيام المقبلة.",
    ];

    private Material(IReadOnlyList<Template> incident, IReadOnlyList<Template> neutral, IReadOnlyList<PlaceEntry> countries,
        IReadOnlyList<PlaceEntry> places, IReadOnlyList<ActorEntry> actors, IReadOnlyList<string> boilerplate, IReadOnlyList<string> endHeadings)
    {
        IncidentSentences = incident;
        NeutralSentences = neutral;
        Countries = countries;
        Places = places;
        Actors = actors;
        Boilerplate = boilerplate;
        EndHeadings = endHeadings;
    }

    public IReadOnlyList<Template> IncidentSentences { get; }
    public IReadOnlyList<Template> NeutralSentences { get; }
    public IReadOnlyList<PlaceEntry> Countries { get; }
    public IReadOnlyList<PlaceEntry> Places { get; }
    public IReadOnlyList<ActorEntry> Actors { get; }
    public IReadOnlyList<string> Boilerplate { get; }
    public IReadOnlyList<string> EndHeadings { get; }

    public static Material Load(string dataDirectory)
    {
        var lexicons = Path.Combine(dataDirectory, "lexicons");
        var places = LexiconParser.ParsePlaces(File.ReadAllText(Path.Combine(lexicons, "places.json")));
        var actors = LexiconParser.ParseActors(File.ReadAllText(Path.Combine(lexicons, "actors.json")));
        var boilerplate = LexiconParser.ParsePhrases(File.ReadAllText(Path.Combine(lexicons, "boilerplate.txt")));
        var endHeadings = LexiconParser.ParsePhrases(File.ReadAllText(Path.Combine(lexicons, "article-end.txt")));

        var slots = new Dictionary<string, SlotKind>(StringComparer.Ordinal);
        void AddNames(IEnumerable<string> names, SlotKind kind)
        {
            foreach (var name in names.Where(n => n.Length >= 3 && ArabicLetter().IsMatch(n)))
            {
                slots.TryAdd(name, kind);
            }
        }
        foreach (var (gregorian, levantine) in Months)
        {
            AddNames([gregorian + "/" + levantine, gregorian + "/ " + levantine, gregorian + " / " + levantine, gregorian, levantine], SlotKind.Month);
        }
        AddNames(Weekdays.Append("الإثنين"), SlotKind.Weekday);
        AddNames(Weapons, SlotKind.Weapon);
        AddNames(actors.SelectMany(a => a.Aliases.Prepend(a.NameAr)), SlotKind.Actor);
        AddNames(places.Where(p => p.Precision == PlacePrecision.Country).SelectMany(p => p.Aliases.Prepend(p.NameAr)), SlotKind.Country);
        AddNames(places.Where(p => p.Precision != PlacePrecision.Country).SelectMany(p => p.Aliases.Prepend(p.NameAr)), SlotKind.Place);

        // Longest name first, so "قاعدة عين الأسد" wins over "عين الأسد"; a name may carry a clitic (و، ب، ل، ف) but
        // must not be the inside of a longer word (الأحد in الأحداث).
        var alternation = string.Join('|', slots.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        var pattern = new Regex(
            $@"(?<=(?:^|[^\p{{L}}])(?:[وفبل]|وب|ول|فب|فل)?)(?<name>{alternation})(?!\p{{L}})|(?<number>\d+)",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));

        var chrome = boilerplate.Where(p => p.Split(' ').Length >= 3).ToList();
        var incident = new List<Template>();
        var neutral = NeutralTemplates.Select(Template.FromBraces).ToList();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(dataDirectory, "articles"), "*.txt").Order(StringComparer.Ordinal))
        {
            foreach (var sentence in Sentences(File.ReadAllText(file)))
            {
                if (chrome.Any(p => sentence.Contains(p, StringComparison.Ordinal))) continue;
                var template = Template.Parse(sentence, pattern, slots);
                (IncidentWords.Any(w => sentence.Contains(w, StringComparison.Ordinal)) ? incident : neutral).Add(template);
            }
        }
        return new Material(incident, neutral, places.Where(p => p.Precision == PlacePrecision.Country).ToList(),
            places.Where(p => p.Precision != PlacePrecision.Country).ToList(), actors,
            boilerplate, endHeadings);
    }

    /// <summary>Body sentences of a seed: lines of ten words or more, cut after '.', '؟' or '!'.</summary>
    private static IEnumerable<string> Sentences(string text) =>
        text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 10)
            .SelectMany(l => SentenceEnd().Split(l))
            .Select(s => s.Trim())
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6);

    [GeneratedRegex(@"(?<=[.؟!])\s+", RegexOptions.None, 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\u0621-\u064A]", RegexOptions.None, 1000)]
    private static partial Regex ArabicLetter();
}
