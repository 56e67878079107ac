using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>An incident while it is being assembled from one or more sentences; frozen into an <see cref="Incident"/> at the end.</summary>
public sealed record IncidentDraft
{
    public required IncidentType Type { get; init; }
    public required int FirstSentence { get; init; }
    public required int LastSentence { get; init; }
    public required int TriggerToken { get; init; }
    public string? PlaceId { get; init; }
    public DateMention? Date { get; init; }
    public int? WeaponCount { get; init; }
    public bool? Intercepted { get; init; }
    public int? Killed { get; init; }
    public int? Wounded { get; init; }
    public IReadOnlyList<string> PerpetratorIds { get; init; } = [];
    public IReadOnlyList<string> TargetIds { get; init; } = [];
    public string? Attribution { get; init; }
    public Stance Stance { get; init; }
    public bool Background { get; init; }

    /// <summary>The sentences that tell it, in text order.</summary>
    public IReadOnlyList<int> Sentences { get; init; } = [];

    /// <summary>
    /// Words behind the values it was given, as the fillers read them: a merge keeps both drafts', and the incident keeps
    /// those of its final values (<see cref="IncidentExtractor"/>).
    /// </summary>
    public IReadOnlyList<FieldSupport> Support { get; init; } = [];

    /// <summary>The response word (ردا على، انتقاما لـ) opening the clause of an earlier attack being answered: figures from there on are its own.</summary>
    public int? AnsweredFrom { get; init; }

    /// <summary>
    /// The trigger is a definite attack noun (الهجوم، الضربة الصاروخية، هذا الاعتداء): it names an attack the reader already
    /// knows, so its weapon word may describe the earlier one differently.
    /// </summary>
    public bool Definite { get; init; }

    /// <summary>
    /// The weapon is the attack's instrument, written with ب (برشقات من الصواريخ، بأربعة صواريخ): what it was fired by,
    /// a platform told beside it, is the attack.
    /// </summary>
    public bool ByInstrument { get; init; }

    /// <summary>
    /// The trigger stands in what one side alleges (زعمت الشبكة أن سبب الانفجار غارة جوية): its kind of attack is that
    /// side's account, which does not overrule a report of the blast itself.
    /// </summary>
    public bool Alleged { get; init; }

    /// <summary>
    /// The trigger likens it to an attack already told (هجوم مماثل، ضربة مشابهة): it is another attack, so it joins none told
    /// before it (<see cref="IncidentMerger"/>), though later sentences may tell more of it.
    /// </summary>
    public bool Likened { get; init; }

    /// <summary>
    /// The attack on the second of two months its sentence joins (في شهري آذار وتموز): the sentence's figures are the first
    /// month's attack's, not this one's.
    /// </summary>
    public bool SecondDate { get; init; }

    /// <summary>One of several sites a sentence's attack was on (قاعدة عين الأسد وقاعدة حرير): figures are not divided among them.</summary>
    public bool SharedSites { get; init; }

    /// <summary>
    /// The attack a side answered with, told in its response verb's clause (ردت القوات الأمريكية بقصف مدفعي): in the same
    /// sentence it is never the attack it answered.
    /// </summary>
    public bool Answers { get; init; }

    /// <summary>
    /// The country that alone places an attack told with no closer place (في الأردن): its place only if no neighbouring
    /// sentence places it once the drafts are merged.
    /// </summary>
    public string? CountryOnly { get; init; }

    /// <summary>
    /// For an attack left without a place, the region or sea its sentence names all the same (كما أعلن تعرض مدمرة في البحر
    /// الأحمر لهجوم): too vague to place it, but enough to say it is not the attack a neighbour places elsewhere.
    /// </summary>
    public string? NamedPlace { get; init; }

    /// <summary>The words that say people were hurt without saying how many (أصيب عدد من الجنود): a hit all the same.</summary>
    public TextSpan? Hurt { get; init; }
}
