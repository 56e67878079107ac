using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// Finds people the lexicon does not know from the title or role that introduces them (العقيد واين ماروتو،
/// المتحدث باسم وزارة الخارجية ماثيو ميللر) or, for roles written after the name, that follows them
/// (تريسي جاكوبسون مرشحة الرئيس). A role's object (the body or country it belongs to) is skipped: lexicon
/// names, words with the article, and construct nouns followed by either. The name is the next two
/// words that are not function words, titles or lexicon names, plus a third when it is a nisba (السوداني).
/// </summary>
public sealed class PersonExtractor
{
    private const string ObjectMark = " *";
    private const string BeforeMark = "* ";
    private const int MaxObjectWords = 6;
    private const char Yeh = ArabicLetters.Yeh;

    private static readonly HashSet<string> FunctionWords = new(
        new[] {"في", "من", "على", "الى", "عن", "ان", "انه", "انها", "قد", "لم", "لن", "لا", "ما", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين",
         "كان", "كانت", "بعد", "قبل", "خلال", "مع", "حول", "عبر", "قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "ذكر", "ذكرت", "اوضح", "اضاف",
         "امس", "اليوم", "يوم", "حيث", "حين", "عند", "او", "ثم", "بل", "لكن", "كما", "اي", "كل", "بين", "منذ", "حتى", "ضد", "لدى", "وقال", "وقالت",
         "يوم", "صباح", "مساء", "ليل", "فجر", "ظهر", "عام", "بان", "بانه", "لها", "له", "فيه", "فيها", "عليه", "عليها", "منه", "منها", "هو", "هي"}
        .Select(ArabicNormalizer.Fold),
        StringComparer.Ordinal);

    private readonly TermSet _plainTitles;
    private readonly TermSet _objectTitles;
    private readonly TermSet _rolesAfterName;

    private readonly HashSet<string> _knownPeople;

    public PersonExtractor(IReadOnlyList<string> titles, IReadOnlyList<ActorEntry> actors)
    {
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(actors);
        _knownPeople = actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        _plainTitles = new TermSet(titles.Where(t => !t.EndsWith(ObjectMark, StringComparison.Ordinal) && !t.StartsWith(BeforeMark, StringComparison.Ordinal)));
        _objectTitles = new TermSet(titles.Where(t => t.EndsWith(ObjectMark, StringComparison.Ordinal)).Select(t => t[..^ObjectMark.Length]));
        _rolesAfterName = new TermSet(titles.Where(t => t.StartsWith(BeforeMark, StringComparison.Ordinal)).Select(t => t[BeforeMark.Length..]));
    }

    public IReadOnlyList<PersonMention> Extract(MatchKey key, IReadOnlyList<KeyToken> tokens, IReadOnlyList<LexiconMatch> entities)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        var covered = new int[tokens.Count];
        var person = new bool[tokens.Count];
        foreach (var match in entities)
        {
            for (var t = match.FirstToken; t < match.EndToken; t++)
            {
                covered[t] = match.EndToken;
                person[t] = !match.IsPlace && _knownPeople.Contains(match.Id);
            }
        }
        var people = new List<PersonMention>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (covered[i] > 0)
            {
                continue;
            }
            var plain = _plainTitles.MatchAt(tokens, i);
            var withObject = _objectTitles.MatchAt(tokens, i);
            var after = _rolesAfterName.MatchAt(tokens, i);
            if (plain >= withObject && plain > 0)
            {
                AddAfter(key, tokens, covered, people, i, i + plain);
            }
            else if (withObject > 0)
            {
                var start = SkipObject(tokens, covered, person, i + withObject);
                AddAfter(key, tokens, covered, people, i, start);
            }
            else if (after > 0)
            {
                AddBefore(key, tokens, covered, people, i, i + after);
            }
        }
        return people;
    }

    private void AddAfter(MatchKey key, IReadOnlyList<KeyToken> tokens, int[] covered, List<PersonMention> people, int roleStart, int nameStart)
    {
        if (nameStart >= tokens.Count || tokens[nameStart].BreakBefore && nameStart > roleStart + 1 && !IsTitleAt(tokens, nameStart))
        {
            return;
        }
        var count = 0;
        while (count < 3 && nameStart + count < tokens.Count && IsNameWord(tokens, covered, nameStart + count, first: count == 0))
        {
            if (count == 2 && !IsNisba(tokens[nameStart + count]))
            {
                break;
            }
            count++;
        }
        if (count < 2)
        {
            return;
        }
        var role = key.ToDisplaySpan(tokens[roleStart].Start, tokens[nameStart - 1].End - tokens[roleStart].Start).Text;
        Add(key, tokens, people, nameStart, count, role);
    }

    private void AddBefore(MatchKey key, IReadOnlyList<KeyToken> tokens, int[] covered, List<PersonMention> people, int roleStart, int roleEnd)
    {
        var nameStart = roleStart - 2;
        if (nameStart < 0 || tokens[roleStart].BreakBefore || tokens[roleStart - 1].BreakBefore
            || !IsNameWord(tokens, covered, nameStart, first: true) || !IsNameWord(tokens, covered, nameStart + 1, first: false))
        {
            return;
        }
        var role = key.ToDisplaySpan(tokens[roleStart].Start, tokens[roleEnd - 1].End - tokens[roleStart].Start).Text;
        Add(key, tokens, people, nameStart, 2, role);
    }

    private static void Add(MatchKey key, IReadOnlyList<KeyToken> tokens, List<PersonMention> people, int first, int count, string role)
    {
        var span = key.ToDisplaySpan(tokens[first].Start, tokens[first + count - 1].End - tokens[first].Start);
        var folded = string.Join('-', Enumerable.Range(first, count).Select(t => tokens[t].Text));
        if (people.Any(p => p.Span.Start == span.Start))
        {
            return;
        }
        people.Add(new PersonMention(folded, span.Text, role, span));
    }

    /// <summary>Skips a role's object; stops at a known person (the lexicon already has them) or a function word.</summary>
    private int SkipObject(IReadOnlyList<KeyToken> tokens, int[] covered, bool[] person, int index)
    {
        var skipped = 0;
        while (index < tokens.Count && skipped < MaxObjectWords && !(skipped > 0 && tokens[index].BreakBefore))
        {
            if (person[index] || FunctionWords.Contains(tokens[index].Text))
            {
                return index;
            }
            if (covered[index] > 0)
            {
                skipped += covered[index] - index;
                index = covered[index];
                continue;
            }
            if (IsTitleAt(tokens, index))
            {
                return index;
            }
            var next = index + 1 < tokens.Count && !tokens[index + 1].BreakBefore ? index + 1 : -1;
            var construct = next > 0 && (StartsDefinite(tokens[next]) || covered[next] > 0);
            if (!StartsDefinite(tokens[index]) && !construct)
            {
                break;
            }
            index++;
            skipped++;
        }
        return index;
    }

    private bool IsTitleAt(IReadOnlyList<KeyToken> tokens, int index) =>
        _plainTitles.MatchAt(tokens, index) > 0 || _objectTitles.MatchAt(tokens, index) > 0;

    private bool IsNameWord(IReadOnlyList<KeyToken> tokens, int[] covered, int index, bool first)
    {
        var token = tokens[index];
        if (covered[index] > 0 || !token.IsArabic || FunctionWords.Contains(token.Text) || (!first && token.BreakBefore) || IsTitleAt(tokens, index))
        {
            return false;
        }
        return first ? !StartsDefinite(token) : !StartsDefinite(token) || IsNisba(token);
    }

    /// <summary>A word with the article, alone or behind a preposition (العراقي، للتحالف، بالجيش).</summary>
    private static bool StartsDefinite(KeyToken token) => token.HasArticle.Any(a => a);

    private static bool IsNisba(KeyToken token) =>
        token.HasArticle[0] && token.Text.Length > 3 && token.Text[^1] == Yeh;
}
