namespace NewsFacts.TextPipeline.Extraction;

/// <summary>A casualty statement in a sentence, at token <paramref name="Index"/>; null means the statement says nothing of that figure.</summary>
public readonly record struct CasualtyFact(int Index, int? Killed, int? Wounded)
{
    /// <summary>
    /// A zero said of one nationality's people only (لم يصب أي من الجنود الأمريكيين، دون إصابات في صفوف القوات الأمريكية):
    /// the attack's total only when no one else is told hurt.
    /// </summary>
    public bool Subgroup { get; init; }

    /// <summary>Whether this figure can stand for an attack already told with <paramref name="killed"/> and <paramref name="wounded"/>.</summary>
    public bool Fits(int? killed, int? wounded) => !Subgroup || !(Wounded == 0 && killed > 0 || Killed == 0 && wounded > 0);
}

/// <summary>
/// Reads killed and wounded figures: a casualty word with its number (مقتل أربعة، إصابة ثمانية، قتل جنديان،
/// ثلاثة قتلى), sums joined by و (خمسة على الأقل من أفراد الخدمة ... واثنين من المتعاقدين = 7), "أحد" or a
/// singular person noun as one (مقتل أحد أعضاء، مقتل القائد). A zero comes only from a phrase that says so
/// (لم ترد تقارير عن وقوع إصابات، دون التسبب في خسائر بشرية); a casualty word with no number is no figure.
/// A named person's death (اغتيال قائد الفيلق قاسم سليماني) is no figure either: it tells who died, not how many, and
/// the strike that killed a named man often killed others the sentence does not count.
/// </summary>
public sealed class CasualtyReader(IncidentTerms terms)
{
    private const string One = "احد";
    private const int NumberReach = 3;
    private const int SumReach = 10;
    private const int NegationReach = 5;
    /// <summary>Words from a fate verb to the casualty word: "لقي ثلاثة من عناصر الحشد الشعبي مصرعهم".</summary>
    private const int FateReach = 8;
    private const int TollReach = 15;
    /// <summary>Words from a passive casualty verb back to its subject noun: the noun and two adjectives (موظفا مدنيا بريطانيا قتل).</summary>
    private const int SubjectReach = 3;
    /// <summary>Words from a passive casualty verb back to a count of a group: "ثلاثة من طاقم سفينة تجارية قد قتلوا".</summary>
    private const int GroupSubjectReach = 7;
    private static readonly string From = Normalization.ArabicNormalizer.Fold("من");
    private static readonly string To = Normalization.ArabicNormalizer.Fold("إلى");

    private static readonly HashSet<string> Hedges = new(["نحو", "حوالي", "قرابه", "زهاء", "ما", "لا", "يقل", "عن", "اكثر", "من", "اقل"], StringComparer.Ordinal);

    /// <param name="namesPerson">Whether a person's name (a lexicon person) starts at a token; none when null.</param>
    public IReadOnlyList<CasualtyFact> Read(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, int from, int to, Func<int, bool>? namesPerson = null)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(numbers);
        var person = new OnePerson(terms, tokens, namesPerson);
        var facts = new List<CasualtyFact>();
        for (var i = from; i < to; i++)
        {
            var none = Math.Max(terms.NoCasualties.MatchAt(tokens, i, to), NegatedCasualties(tokens, i, to));
            if (none > 0)
            {
                facts.Add(new CasualtyFact(i, 0, 0) { Subgroup = Nationality(tokens, i + none, to) });
                i += none - 1;
                continue;
            }
            // "لم يقتل أي عسكري" says no one died, and nothing of the wounded; "لم يصب أحد" the reverse.
            var negator = terms.NoCasualtyNegators.MatchAt(tokens, i, to);
            if (negator > 0 && i + negator < to && !tokens[i + negator].BreakBefore)
            {
                var noKilled = terms.KilledVerbs.MatchAt(tokens, i + negator, to);
                var noWounded = noKilled > 0 ? 0 : terms.WoundedVerbs.MatchAt(tokens, i + negator, to);
                if (noKilled + noWounded > 0 && PersonFollows(tokens, i + negator + noKilled + noWounded, to))
                {
                    var subgroup = Nationality(tokens, i + negator + noKilled + noWounded, to);
                    facts.Add((noKilled > 0 ? new CasualtyFact(i, 0, null) : new CasualtyFact(i, null, 0)) with { Subgroup = subgroup });
                    i += negator + noKilled + noWounded - 1;
                    continue;
                }
            }
            var killed = terms.Killed.MatchAt(tokens, i, to);
            var wounded = killed > 0 ? 0 : terms.Wounded.MatchAt(tokens, i, to);
            var length = Math.Max(killed, wounded);
            if (length == 0)
            {
                continue;
            }
            var count = CountAround(tokens, numbers, person, i, i + length, to);
            if (count is { } value)
            {
                facts.Add(killed > 0 ? new CasualtyFact(i, value, null) : new CasualtyFact(i, null, value));
            }
            i += length - 1;
        }
        return facts;
    }

    /// <summary>
    /// The index of a casualty word whose count is vague (إصابة عدد من الجنود، إن عددا من العسكريين أصيبوا، وإصابة كثيرين
    /// آخرين), or -1: people were hurt, how many is not said. None in a sentence that negates or doubts its casualties.
    /// </summary>
    public int HurtVaguely(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (terms.NoCasualtyNegators.AnyIn(tokens, from, to) || terms.NoCasualties.AnyIn(tokens, from, to) || terms.Negation.AnyIn(tokens, from, to))
        {
            return -1;
        }
        for (var i = from; i < to; i++)
        {
            var length = Math.Max(terms.Killed.MatchAt(tokens, i, to), terms.Wounded.MatchAt(tokens, i, to));
            if (length == 0)
            {
                continue;
            }
            var after = i + length < to && !tokens[i + length].BreakBefore && terms.VagueCounts.MatchAt(tokens, i + length, to) > 0;
            var before = false;
            for (var j = i - 1; j >= Math.Max(from, i - SubjectReach - 2) && !tokens[j + 1].BreakBefore && !before; j--)
            {
                before = terms.VagueCounts.MatchAt(tokens, j, i) > 0;
            }
            // "أنباء عن إصابات"، "تقارير عن وقوع جرحى": told as a rumour, not as a casualty.
            var doubted = Enumerable.Range(Math.Max(from, i - DoubtReach), Math.Min(DoubtReach, i - from))
                .Any(j => terms.CasualtyUncertainty.MatchAt(tokens, j, i) > 0 && terms.VagueCounts.MatchAt(tokens, j, to) == 0);
            if ((after || before) && !doubted)
            {
                return i;
            }
            i += length - 1;
        }
        return -1;
    }

    /// <summary>Words before a casualty word a word of doubt may stand: "أنباء عن وقوع إصابات".</summary>
    private const int DoubtReach = 3;

    /// <summary>
    /// A nationality adjective in the words after a zero (أي من الجنود الأمريكيين، في صفوف القوات الأمريكية), before a break:
    /// the zero is that nationality's.
    /// </summary>
    private bool Nationality(IReadOnlyList<KeyToken> tokens, int from, int to)
    {
        for (var i = from; i < Math.Min(to, from + SubgroupReach); i++)
        {
            if (i > from && tokens[i].BreakBefore)
            {
                return false;
            }
            if (tokens[i].HasArticle[0] && terms.AttackerAdjectives.Any(adjectives => adjectives.Terms.MatchAt(tokens, i, to) > 0))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Words after a zero its group may run to: "أو يفقد أي من الجنود الأمريكيين"، "في صفوف القوات الأمريكية".</summary>
    private const int SubgroupReach = 6;

    /// <summary>
    /// A person is the verb's subject: "لم يقتل أي عسكري"، "لم يصب أحد"، "لم يصب جنود". "لم تصب الصواريخ السفارة" is a
    /// miss, not a figure.
    /// </summary>
    private bool PersonFollows(IReadOnlyList<KeyToken> tokens, int at, int to) =>
        at < to && !tokens[at].BreakBefore
        && (tokens[at].Bare is Any or One || terms.CasualtyNouns.MatchAt(tokens, at, to) > 0 || terms.SingularPersonNouns.MatchAt(tokens, at, to) > 0);

    private const string Any = "اي";

    /// <summary>Tokens of "negator … casualty noun" starting at <paramref name="index"/> (دون أن تسفر عن خسائر), 0 when none.</summary>
    private int NegatedCasualties(IReadOnlyList<KeyToken> tokens, int index, int to)
    {
        var negator = terms.NoCasualtyNegators.MatchAt(tokens, index, to);
        if (negator == 0)
        {
            return 0;
        }
        for (var i = index + negator; i < Math.Min(to, index + negator + NegationReach); i++)
        {
            if (tokens[i].BreakBefore || terms.CasualtyUncertainty.MatchAt(tokens, i, to) > 0
                || terms.Killed.MatchAt(tokens, i, to) > 0 && terms.NoCasualtyNouns.MatchAt(tokens, i, to) == 0)
            {
                return 0;
            }
            var noun = terms.NoCasualtyNouns.MatchAt(tokens, i, to);
            if (noun > 0)
            {
                return i + noun - index;
            }
        }
        return 0;
    }

    private int? CountAround(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, OnePerson person, int termStart, int termEnd, int to)
    {
        // The casualty word itself may be the number (قتيلين، جريحان), or a number may stand just before it (ثلاثة قتلى).
        if (NumberMention.CountOver(numbers, tokens, termStart, termEnd) is { } own)
        {
            return own.Value;
        }
        // "مما أدى إلى مقتله"، "ما أسفر عن إصابتهما": the harm the attack caused, to the one or two persons the sentence
        // told, and to the companions named with them (مقتله مع ثلاثة من مرافقيه). Not a death told as a time (حتى مقتله
        // العام الماضي).
        var persons = terms.OnePersonsHarm.MatchAt(tokens, termStart, termEnd) > 0 ? 1 : terms.TwoPersonsHarm.MatchAt(tokens, termStart, termEnd) > 0 ? 2 : 0;
        if (persons > 0 && ResultBefore(tokens, termStart))
        {
            return persons + Companions(tokens, numbers, termEnd, to);
        }
        if (termStart > 0 && !tokens[termStart].BreakBefore && tokens[termStart].Text[0] != Normalization.ArabicLetters.Waw && NumberMention.CountOver(numbers, tokens, termStart - 1, termStart) is { } before)
        {
            return before.Value;
        }
        // "مقتل خمسة جنود وإصابة العشرات": the figure is vague, and no count before the word is it.
        if (termEnd < to && !tokens[termEnd].BreakBefore
            && numbers.Overlapping(tokens[termEnd].Start, tokens[termEnd].End).Any(n => n.Kind == NumberKind.Vague))
        {
            return null;
        }
        var i = termEnd;
        var hedges = 0;
        while (i < to && i < termEnd + NumberReach + hedges && !tokens[i].BreakBefore)
        {
            if (NumberMention.CountOver(numbers, tokens, i, i + 1) is { } number)
            {
                return number.Value + Addends(tokens, numbers, person, CliticTokenizer.FirstAtOrAfter(tokens, number.KeyEnd), to);
            }
            if (tokens[i].Bare == One || person.Noun(i, to) > 0)
            {
                return person.Particular(i, to) ? null : 1 + Addends(tokens, numbers, person, i + 1, to);
            }
            // "مقتل عسكريين اثنين": a count of one or two follows its noun as an adjective.
            var nounBeforeCount = terms.CasualtyNouns.MatchAt(tokens, i, to) > 0 && i + 1 < to && !tokens[i + 1].BreakBefore
                && NumberMention.CountOver(numbers, tokens, i + 1, i + 2) is not null;
            if (!Hedges.Contains(tokens[i].Bare) && !nounBeforeCount)
            {
                break;
            }
            hedges++;
            i++;
        }
        return SubjectOfFateVerb(tokens, numbers, person, termStart, to) + Companions(tokens, numbers, termEnd, to)
            ?? Toll(tokens, numbers, termStart, termEnd, to)
            ?? SubjectBefore(tokens, numbers, person, termStart, to);
    }

    /// <summary>
    /// A count of companions right after <paramref name="at"/>: "مصرعه مع ثلاثة من مرافقيه"، "مقتل القيادي برفقة اثنين من
    /// عناصره". A count with من or a person noun after it; anything else (مع بدء، مع القوات) adds none.
    /// </summary>
    private int Companions(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, int at, int to)
    {
        var word = at < to && !tokens[at].BreakBefore ? terms.CompanionWords.MatchAt(tokens, at, to) : 0;
        var count = at + word;
        if (word == 0 || count >= to || tokens[count].BreakBefore || NumberMention.CountOver(numbers, tokens, count, count + 1) is not { } number)
        {
            return 0;
        }
        var after = CliticTokenizer.FirstAtOrAfter(tokens, number.KeyEnd);
        return after < to && !tokens[after].BreakBefore && (tokens[after].Text == From || terms.CasualtyNouns.MatchAt(tokens, after, to) > 0)
            ? number.Value : 0;
    }

    /// <summary>A result link ends right before the word: "أدى إلى"، "أسفر عن"، "تسبب ب".</summary>
    private bool ResultBefore(IReadOnlyList<KeyToken> tokens, int at)
    {
        if (tokens[at].BreakBefore)
        {
            return false;
        }
        for (var i = Math.Max(0, at - ResultLinkWords); i < at; i++)
        {
            if (terms.ResultLinks.MatchAt(tokens, i, at + 1) is > 0 and var length && i + length >= at)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words of the longest result link: "أدى إلى".</summary>
    private const int ResultLinkWords = 2;

    /// <summary>
    /// "إن موظفا مدنيا بريطانيا قتل في القصف"، "ثلاثة جنود أصيبوا": a subject put before a passive casualty verb, with
    /// its adjectives, in the same clause: a singular person noun is one, a person noun after a count is that count.
    /// </summary>
    private int? SubjectBefore(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, OnePerson person, int termStart, int to)
    {
        for (var i = termStart - 1; i >= Math.Max(0, termStart - GroupSubjectReach); i--)
        {
            if (tokens[i + 1].BreakBefore)
            {
                return null;
            }
            // "وكان ثلاثة من طاقم السفينة قد قتلوا": a count of a group named after من.
            if (i + 1 < termStart && tokens[i + 1].Text == From && NumberMention.CountOver(numbers, tokens, i, i + 1) is { } partitive)
            {
                return partitive.Value;
            }
            if (termStart - i > SubjectReach)
            {
                continue;
            }
            // A noun after a count is that count, singular as it is after eleven and more (أحد عشر مدنيا قتلوا).
            var noun = person.Noun(i, to) > 0;
            if (noun || terms.CasualtyNouns.MatchAt(tokens, i, to) > 0)
            {
                // "ثلاثة من عناصر الشرطة قتلوا": the count of the group the noun is after من.
                if (i > 1 && tokens[i - 1].Text == From && !tokens[i].BreakBefore && !tokens[i - 1].BreakBefore
                    && NumberMention.CountOver(numbers, tokens, i - 2, i - 1) is { } partOf)
                {
                    return partOf.Value;
                }
                // "أحد عناصر الشرطة استشهد": one of the group.
                if (i > 0 && !tokens[i].BreakBefore && tokens[i - 1].Bare == One)
                {
                    return 1;
                }
                return i > 0 && !tokens[i].BreakBefore && NumberMention.CountOver(numbers, tokens, i - 1, i) is { } count ? count.Value
                    : noun && !person.Particular(i, to) ? 1 : null;
            }
            // "إن أحد جنوده قتل": one of a group, whatever the group's noun carries.
            if (tokens[i].Bare == One && NumberMention.CountOver(numbers, tokens, i, i + 1) is null)
            {
                return 1;
            }
        }
        return null;
    }

    /// <summary>
    /// "ارتفعت حصيلة قتلى الهجوم على البرج 22 إلى ثلاثة جنود"، "ارتفع عدد الجرحى إلى 12"، "بلغت حصيلة القتلى في الهجوم
    /// أربعة جنود": a casualty word after a toll noun takes the figure the total rises to (a count after إلى) or
    /// reaches (a count of persons, or a count right after a verb of reaching: إن عدد المصابين بلغ 34), further on in the
    /// same clause. Other numbers on the way (البرج 22) are not it.
    /// </summary>
    private int? Toll(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, int termStart, int termEnd, int to)
    {
        if (termStart == 0 || tokens[termStart].BreakBefore || terms.TollNouns.MatchAt(tokens, termStart - 1, termStart) == 0)
        {
            return null;
        }
        // "بلغ عدد الجرحى 12": a verb of reaching before the toll, its count right after the casualty word.
        if (termStart >= 2 && !tokens[termStart - 1].BreakBefore && terms.TollVerbs.MatchAt(tokens, termStart - 2, termStart - 1) > 0
            && termEnd < to && !tokens[termEnd].BreakBefore && NumberMention.CountOver(numbers, tokens, termEnd, termEnd + 1) is { } counted)
        {
            return counted.Value;
        }
        for (var i = termEnd; i < Math.Min(to, termEnd + TollReach) && !tokens[i].BreakBefore; i++)
        {
            if (tokens[i].Text == To)
            {
                var figure = i + 1;
                while (figure < to && Hedges.Contains(tokens[figure].Bare))
                {
                    figure++;
                }
                return figure < to && NumberMention.CountOver(numbers, tokens, figure, figure + 1) is { } risen ? risen.Value : null;
            }
            if (NumberMention.CountOver(numbers, tokens, i, i + 1) is { } reached
                && CliticTokenizer.FirstAtOrAfter(tokens, reached.KeyEnd) is var after && after < to
                && terms.CasualtyNouns.MatchAt(tokens, after, to) > 0)
            {
                return reached.Value;
            }
            // "إن عدد المصابين بلغ 34": the count right after a verb of reaching, with no noun after it.
            if (terms.TollVerbs.MatchAt(tokens, i, to) is > 0 and var verb && i + verb < to && !tokens[i + verb].BreakBefore
                && NumberMention.CountOver(numbers, tokens, i + verb, i + verb + 1) is { } total)
            {
                return total.Value;
            }
        }
        return null;
    }

    /// <summary>
    /// "لقي ثلاثة جنود مصرعهم"، "لقي عنصران من الجيش العراقي حتفهما"، "لقي جندي مصرعه": the dead are the subject of
    /// a fate verb before the casualty word, in the same clause; their count (or one person) is the verb's subject.
    /// </summary>
    private int? SubjectOfFateVerb(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, OnePerson person, int termStart, int to)
    {
        var verb = -1;
        for (var i = termStart - 1; i >= Math.Max(0, termStart - FateReach); i--)
        {
            if (terms.FateVerbs.MatchAt(tokens, i, termStart) > 0)
            {
                verb = i;
                break;
            }
            if (tokens[i].BreakBefore)
            {
                return null;
            }
        }
        // Arabic puts the subject right after the verb: the count is there, after any hedge (لقي نحو عشرين مسلحا).
        var subject = verb + 1;
        while (verb >= 0 && subject < termStart && Hedges.Contains(tokens[subject].Bare))
        {
            subject++;
        }
        if (verb < 0 || subject >= termStart)
        {
            return null;
        }
        if (NumberMention.CountOver(numbers, tokens, subject, subject + 1) is { } number)
        {
            return number.Value;
        }
        return tokens[subject].Bare == One || person.Noun(subject, to) > 0 && !person.Particular(subject, to) ? 1 : null;
    }

    /// <summary>
    /// Further counts joined by و in the same clause, from token <paramref name="start"/> until another casualty word:
    /// a count of persons (واثنين من المتعاقدين، وثلاثة مدنيين، ومنتسبين اثنين), a dual person noun (ضابط وجنديين), a singular one
    /// (جندي ومدني) or one named by whose companion or kin he is (قيادي ومرافقه). Null when a group with no count is
    /// among them (قيادي ومرافقيه، وعدد من المتعاقدين): the sum is not known.
    /// </summary>
    private int? Addends(IReadOnlyList<KeyToken> tokens, MentionIndex<NumberMention> numbers, OnePerson person, int start, int to)
    {
        var sum = 0;
        var i = start;
        var limit = Math.Min(to, i + SumReach);
        for (; i < limit; i++)
        {
            // "مقتل ثلاثة عسكريين من التحالف، ومتعاقد مدني": a comma before و goes on with the list.
            if (tokens[i].BreakBefore && tokens[i].Text[0] != Normalization.ArabicLetters.Waw || terms.Killed.MatchAt(tokens, i, to) > 0 || terms.Wounded.MatchAt(tokens, i, to) > 0)
            {
                break;
            }
            if (Companions(tokens, numbers, i, to) is > 0 and var companions)
            {
                sum += companions;
                limit = Math.Min(to, i + 1 + SumReach);
                continue;
            }
            if (tokens[i].Text[0] != Normalization.ArabicLetters.Waw)
            {
                continue;
            }
            // "أصيب جندي وعدد من المتعاقدين": a vague quantity joined makes the sum unknown.
            if (terms.PossessedGroups.MatchAt(tokens, i, to) > 0
                || numbers.Overlapping(tokens[i].Start, tokens[i].End).Any(n => n.Kind == NumberKind.Vague))
            {
                return null;
            }
            if (NumberMention.CountOver(numbers, tokens, i, i + 1) is { } next)
            {
                var following = i + 1 < to ? tokens[i + 1] : null;
                if (terms.CasualtyNouns.MatchAt(tokens, i, to) > 0 || next.Kind == NumberKind.Dual && PersonDual(tokens[i])
                    || following is not null && (following.Text == From || terms.CasualtyNouns.MatchAt(tokens, i + 1, to) > 0))
                {
                    sum += next.Value;
                    limit = Math.Min(to, i + 1 + SumReach);
                }
            }
            // "مقتل ضابط ومنتسبين اثنين": the count of a joined noun may follow it as an adjective, as after the first.
            else if (i + 1 < to && !tokens[i + 1].BreakBefore && (terms.CasualtyNouns.MatchAt(tokens, i, to) > 0 || PersonDual(tokens[i]))
                && NumberMention.CountOver(numbers, tokens, i + 1, i + 2) is { } trailing)
            {
                sum += trailing.Value;
                limit = Math.Min(to, i + 2 + SumReach);
                i++;
            }
            else if (person.Noun(i, to) > 0 && !person.Particular(i, to) || terms.PossessedPersons.MatchAt(tokens, i, to) > 0)
            {
                sum++;
                limit = Math.Min(to, i + 1 + SumReach);
            }
            // "مقتل ضابط ومدنيين": a plural (or a dual the text does not count) joined: the sum is not known.
            else if (terms.CasualtyNouns.MatchAt(tokens, i, to) > 0)
            {
                return null;
            }
        }
        return sum;
    }

    /// <summary>"وطفلين"، "وامرأتين": the dual of a singular person noun (طفل، امرأة), two persons; "وعربتين" is none.</summary>
    private bool PersonDual(KeyToken token)
    {
        foreach (var form in token.Forms)
        {
            if (form.Length > DualEnding + 1 && (form.EndsWith("ين", StringComparison.Ordinal) || form.EndsWith("ان", StringComparison.Ordinal)))
            {
                var stem = form[..^DualEnding];
                // A feminine noun's taa marbuta is written ت before the ending: امرأتين is امرأة's.
                if (terms.SingularPersonNouns.HoldsWord(stem)
                    || stem[^1] == Normalization.ArabicLetters.Teh && terms.SingularPersonNouns.HoldsWord(stem[..^1] + Normalization.ArabicLetters.Heh))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private const int DualEnding = 2;

    /// <summary>
    /// A singular person noun, and whether it names a particular person: a name follows it in its phrase (قائد فيلق
    /// القدس الجنرال قاسم سليماني، القائد العسكري الإيراني، قاسم سليماني). Unnamed (جندي، القائد الأعلى للكتائب), it is
    /// a count of one.
    /// </summary>
    private readonly struct OnePerson(IncidentTerms terms, IReadOnlyList<KeyToken> tokens, Func<int, bool>? namesPerson)
    {
        /// <summary>Words after the noun its name may stand in: titles and office (قائد قوة القدس الشهيد قاسم سليماني).</summary>
        private const int NameReach = 5;

        public int Noun(int at, int to) => terms.SingularPersonNouns.MatchAt(tokens, at, to);

        public bool Particular(int at, int to)
        {
            // The name may stand after a comma, as an apposition (قائد ميداني، أبو علي البصري), but nothing else crosses one.
            for (var i = at + 1; namesPerson is not null && i < Math.Min(to, at + 1 + NameReach); i++)
            {
                if (namesPerson(i))
                {
                    return true;
                }
                if (tokens[i].BreakBefore)
                {
                    break;
                }
            }
            return false;
        }
    }
}
