using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>The incident vocabulary compiled once into term sets, shared by the incident stages.</summary>
public sealed class IncidentTerms
{
    /// <summary>Weapon types in the order that breaks ties between words matching at the same place (most specific first).</summary>
    public static readonly IReadOnlyList<IncidentType> WeaponPriority =
        [IncidentType.Missile, IncidentType.Ied, IncidentType.Drone, IncidentType.Airstrike, IncidentType.Shelling, IncidentType.Rocket, IncidentType.Explosion];

    public IncidentTerms(IncidentVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Triggers = new TermSet(vocabulary.Triggers);
        WeakTriggers = new TermSet(vocabulary.WeakTriggers);
        Weapons = Compile(vocabulary.Weapons);
        FallbackWeapons = Compile(vocabulary.FallbackWeapons);
        AnyWeapon = new TermSet(WeaponTerms(vocabulary.Weapons).Concat(WeaponTerms(vocabulary.FallbackWeapons)));
        WeaponNouns = Compile(vocabulary.WeaponNouns);
        AttackerAdjectives = vocabulary.AttackerAdjectives.Select(p => (p.Key, Terms: new TermSet(p.Value))).ToList();
        ManufactureWords = new TermSet(vocabulary.ManufactureWords);
        SingularWeaponNouns = new TermSet(vocabulary.SingularWeaponNouns);
        DualWeaponNouns = new TermSet(vocabulary.DualWeaponNouns);
        Interceptors = new TermSet(vocabulary.Interceptors);
        ImpactWords = new TermSet(vocabulary.ImpactWords);
        LandingWords = new TermSet(vocabulary.LandingWords);
        // A part taken out of a whole (ثلاثة من أصل خمسة) is a part too.
        PartWords = new TermSet(vocabulary.PartWords.Concat(vocabulary.OutOfWords));
        KilledVerbs = new TermSet(vocabulary.KilledVerbs);
        WoundedVerbs = new TermSet(vocabulary.WoundedVerbs);
        DestinationWords = Words(vocabulary.DestinationWords);
        AimWords = Words(vocabulary.AimWords);
        NearWords = Words(vocabulary.NearWords);
        TargetLeads = Words(vocabulary.TargetLeads);
        BeliefObjects = Words(vocabulary.BeliefObjects);
        LinkWords = Words(vocabulary.LinkWords);
        TargetFillers = Words(vocabulary.TargetFillers);
        DayUnits = new TermSet(vocabulary.DayUnits);
        AgoWords = new TermSet(vocabulary.AgoWords);
        RoleNouns = new TermSet(vocabulary.RoleNouns);
        AllegationVerbs = new TermSet(vocabulary.AllegationVerbs);
        OccurrenceNouns = new TermSet(vocabulary.OccurrenceNouns);
        AgentWords = new TermSet(vocabulary.AgentWords);
        DoingNouns = new TermSet(vocabulary.DoingNouns);
        RaidVerbs = new TermSet(vocabulary.RaidVerbs);
        PluralAttackNouns = new TermSet(vocabulary.PluralAttackNouns);
        SoCalledWords = new TermSet(vocabulary.SoCalledWords);
        SelfNamingWords = new TermSet(vocabulary.SelfNamingWords);
        HabitualVerbs = new TermSet(vocabulary.HabitualVerbs);
        HabitualWords = new TermSet(vocabulary.HabitualWords);
        AimNouns = new TermSet(vocabulary.AimNouns);
        DirectionNouns = new TermSet(vocabulary.DirectionNouns);
        OfThemWords = new TermSet(vocabulary.OfThemWords);
        AnniversaryWords = new TermSet(vocabulary.AnniversaryWords);
        ListAdditions = new TermSet(vocabulary.ListAdditions);
        ShortSpans = new TermSet(vocabulary.ShortSpans);
        PluperfectAuxiliaries = new TermSet(vocabulary.PluperfectAuxiliaries);
        OnBehalfWords = new TermSet(vocabulary.OnBehalfWords);
        Complementizers = new TermSet(vocabulary.Complementizers);
        CauseWords = new TermSet(vocabulary.CauseWords);
        ArmedDroneOperators = vocabulary.ArmedDroneOperators.ToHashSet(StringComparer.Ordinal);
        MissileDoers = vocabulary.MissileDoers.ToHashSet(StringComparer.Ordinal);
        ContrastWords = new TermSet(vocabulary.ContrastWords);
        ImpactVerbs = new TermSet(vocabulary.ImpactVerbs);
        SimilarWords = new TermSet(vocabulary.SimilarWords);
        Killed = new TermSet(vocabulary.Killed);
        Wounded = new TermSet(vocabulary.Wounded);
        CasualtyNouns = new TermSet(vocabulary.CasualtyNouns);
        SingularPersonNouns = new TermSet(vocabulary.SingularPersonNouns);
        NoCasualties = new TermSet(vocabulary.NoCasualties);
        NoCasualtyNegators = new TermSet(vocabulary.NoCasualtyNegators);
        NoCasualtyNouns = new TermSet(vocabulary.NoCasualtyNouns);
        CasualtyUncertainty = new TermSet(vocabulary.CasualtyUncertainty);
        Modality = new TermSet(vocabulary.Modality.Concat(FutureForms(vocabulary.AttackVerbs.Concat(vocabulary.Triggers).Concat(vocabulary.FutureAuxiliaries))));
        Generic = new TermSet(vocabulary.Generic);
        PastMarkers = new TermSet(vocabulary.PastMarkers);
        LateInterceptionMarkers = new TermSet(vocabulary.LateInterceptionMarkers);
        UnknownDoers = new TermSet(vocabulary.UnknownDoers);
        DropVerbs = new TermSet(vocabulary.DropVerbs);
        ResponseVerbs = new TermSet(vocabulary.ResponseVerbs);
        DroppedMunitions = new TermSet(vocabulary.DroppedMunitions);
        SeriesVerbs = new TermSet(vocabulary.SeriesVerbs);
        SeriesObjects = new TermSet(vocabulary.SeriesObjects);
        SalvoQuantifiers = new TermSet(vocabulary.SalvoQuantifiers);
        Figurative = new TermSet(vocabulary.Figurative);
        FigurativeBefore = new TermSet(vocabulary.FigurativeBefore);
        NonViolentContexts = new TermSet(vocabulary.NonViolentContexts);
        AccidentWords = new TermSet(vocabulary.AccidentWords);
        NeighbourhoodWords = new TermSet(vocabulary.NeighbourhoodWords);
        GenericAfter = new TermSet(vocabulary.GenericAfter);
        VictimVerbs = new TermSet(vocabulary.VictimVerbs);
        FateVerbs = new TermSet(vocabulary.FateVerbs);
        MemberNouns = new TermSet(vocabulary.MemberNouns);
        Negation = new TermSet(vocabulary.Negation);
        ReportingVerbs = new TermSet(vocabulary.ReportingVerbs);
        PublicationWords = new TermSet(vocabulary.PublicationWords);
        ClaimVerbs = new TermSet(vocabulary.ClaimVerbs);
        SelfComplementizers = new TermSet(vocabulary.SelfComplementizers);
        OwnForces = new TermSet(vocabulary.OwnForces);
        OwnSites = new TermSet(vocabulary.OwnSites);
        LeadVerbs = new TermSet(vocabulary.LeadVerbs);
        ConfirmVerbs = new TermSet(vocabulary.ConfirmVerbs);
        DenyVerbs = new TermSet(vocabulary.DenyVerbs);
        AttackVerbs = new TermSet(vocabulary.AttackVerbs);
        AccuseVerbs = new TermSet(vocabulary.AccuseVerbs);
        BlameVerbs = new TermSet(vocabulary.BlameVerbs);
        BlameObjects = new TermSet(vocabulary.BlameObjects);
        HostVerbs = new TermSet(vocabulary.HostVerbs);
        SupportVerbs = new TermSet(vocabulary.SupportVerbs);
        SourceNouns = new TermSet(vocabulary.SourceNouns);
        OfficialNouns = new TermSet(vocabulary.OfficialNouns);
        CoreferentSites = new TermSet(vocabulary.CoreferentSites);
        BackReferences = new TermSet(vocabulary.BackReferences);
        ClaimedObjects = new TermSet(vocabulary.ClaimedObjects);
        AnotherWords = new TermSet(vocabulary.AnotherWords);
        DistanceUnits = new TermSet(vocabulary.DistanceUnits);
        MissWords = new TermSet(vocabulary.MissWords);
        OutOfWords = new TermSet(vocabulary.OutOfWords);
        ResultLinks = new TermSet(vocabulary.ResultLinks);
        ExecutionNouns = new TermSet(vocabulary.ExecutionNouns);
        OnePersonsHarm = new TermSet(vocabulary.OnePersonsHarm);
        TwoPersonsHarm = new TermSet(vocabulary.TwoPersonsHarm);
        CompanionWords = new TermSet(vocabulary.CompanionWords);
        PossessedPersons = new TermSet(vocabulary.PossessedPersons);
        PossessedGroups = new TermSet(vocabulary.PossessedGroups);
        DebrisWords = new TermSet(vocabulary.DebrisWords);
        ExplodeVerbs = new TermSet(vocabulary.ExplodeVerbs);
        AirWords = new TermSet(vocabulary.AirWords);
        OffshoreWords = new TermSet(vocabulary.OffshoreWords);
        FoilWords = new TermSet(vocabulary.FoilWords);
        PlaceNouns = new TermSet(vocabulary.PlaceNouns);
        HinterlandNouns = new TermSet(vocabulary.HinterlandNouns);
        ControlWords = new TermSet(vocabulary.ControlWords);
        SingularTargets = new TermSet(vocabulary.SingularTargets);
        BombardVerbs = new TermSet(vocabulary.BombardVerbs);
        AirStrikeDoers = vocabulary.AirStrikeDoers.ToHashSet(StringComparer.Ordinal);
        PreLaunchWords = new TermSet(vocabulary.PreLaunchWords);
        CompositionWords = new TermSet(vocabulary.CompositionWords);
        OrdinalsBefore = new TermSet(vocabulary.OrdinalsBefore);
        CompassDirections = new TermSet(vocabulary.CompassDirections);
        PeriodWords = new TermSet(vocabulary.PeriodWords);
        Distributives = new TermSet(vocabulary.Distributives);
        ResponseWords = new TermSet(vocabulary.ResponseWords);
        TollNouns = new TermSet(vocabulary.TollNouns);
        TollVerbs = new TermSet(vocabulary.TollVerbs);
        BorderNouns = new TermSet(vocabulary.BorderNouns);
        AdditiveWords = new TermSet(vocabulary.AdditiveWords);
        VagueCounts = new TermSet(vocabulary.VagueCounts);
        SourcePrepositions = new TermSet(vocabulary.SourcePrepositions);
        AggressionNouns = new TermSet(vocabulary.AggressionNouns);
        ProjectileNouns = new TermSet(vocabulary.ProjectileNouns);
        HedgeVerbs = new TermSet(vocabulary.HedgeVerbs);
        SpeechNouns = new TermSet(vocabulary.SpeechNouns);
        BackgroundDateWords = new TermSet(vocabulary.BackgroundDateWords);
    }

    public TermSet Triggers { get; }
    public TermSet WeakTriggers { get; }
    public IReadOnlyDictionary<IncidentType, TermSet> Weapons { get; }
    public IReadOnlyDictionary<IncidentType, TermSet> FallbackWeapons { get; }
    /// <summary>Actor id and its nationality adjectives, in file order.</summary>
    public IReadOnlyList<(string ActorId, TermSet Terms)> AttackerAdjectives { get; }
    public TermSet ManufactureWords { get; }
    /// <summary>Every term of <see cref="Weapons"/> and <see cref="FallbackWeapons"/>: one probe says whether any weapon word starts at a token.</summary>
    public TermSet AnyWeapon { get; }
    public IReadOnlyDictionary<IncidentType, TermSet> WeaponNouns { get; }
    public TermSet SingularWeaponNouns { get; }
    public TermSet DualWeaponNouns { get; }
    public TermSet Interceptors { get; }
    public TermSet ImpactWords { get; }
    public TermSet LandingWords { get; }
    public TermSet PartWords { get; }
    public TermSet KilledVerbs { get; }
    public TermSet WoundedVerbs { get; }
    /// <summary>Whole-word sets, compared with a token's text as written (clitics and all): where a clitic changes the
    /// meaning (لواشنطن is a destination by its ل), these must not peel it off as term sets do.</summary>
    public IReadOnlySet<string> DestinationWords { get; }
    public IReadOnlySet<string> AimWords { get; }
    public IReadOnlySet<string> NearWords { get; }
    public IReadOnlySet<string> TargetLeads { get; }
    public IReadOnlySet<string> BeliefObjects { get; }
    public IReadOnlySet<string> LinkWords { get; }
    public IReadOnlySet<string> TargetFillers { get; }

    /// <summary>The token at <paramref name="index"/> is a target's or a site's noun (مقرا، مواقع، القاعدة), not a name.</summary>
    public bool SiteNounAt(IReadOnlyList<KeyToken> tokens, int index, int limit = int.MaxValue) =>
        TargetFillers.Contains(tokens[index].Text) || CoreferentSites.MatchAt(tokens, index, limit) > 0;
    public TermSet DayUnits { get; }
    public TermSet AgoWords { get; }
    public TermSet RoleNouns { get; }
    public TermSet AllegationVerbs { get; }
    public TermSet OccurrenceNouns { get; }
    public TermSet AgentWords { get; }
    public TermSet DoingNouns { get; }
    public TermSet RaidVerbs { get; }
    public TermSet PluralAttackNouns { get; }
    public TermSet SoCalledWords { get; }
    public TermSet SelfNamingWords { get; }
    public TermSet HabitualVerbs { get; }
    public TermSet HabitualWords { get; }
    public TermSet AimNouns { get; }
    public TermSet DirectionNouns { get; }
    public TermSet OfThemWords { get; }
    public TermSet AnniversaryWords { get; }
    public TermSet ListAdditions { get; }
    public TermSet ShortSpans { get; }
    public TermSet PluperfectAuxiliaries { get; }
    public TermSet OnBehalfWords { get; }
    public TermSet Complementizers { get; }
    public TermSet CauseWords { get; }
    public IReadOnlySet<string> ArmedDroneOperators { get; }
    public IReadOnlySet<string> MissileDoers { get; }
    public TermSet ContrastWords { get; }
    public TermSet ImpactVerbs { get; }
    public TermSet SimilarWords { get; }
    public TermSet Killed { get; }
    public TermSet Wounded { get; }
    public TermSet CasualtyNouns { get; }
    public TermSet SingularPersonNouns { get; }
    public TermSet NoCasualties { get; }
    public TermSet NoCasualtyNegators { get; }
    public TermSet NoCasualtyNouns { get; }
    public TermSet CasualtyUncertainty { get; }
    public TermSet Modality { get; }
    public TermSet Generic { get; }
    public TermSet PastMarkers { get; }

    public TermSet LateInterceptionMarkers { get; }
    public TermSet UnknownDoers { get; }

    public TermSet DropVerbs { get; }

    public TermSet ResponseVerbs { get; }

    public TermSet DroppedMunitions { get; }
    public TermSet SeriesVerbs { get; }
    public TermSet SeriesObjects { get; }
    public TermSet SalvoQuantifiers { get; }
    public TermSet Figurative { get; }
    public TermSet FigurativeBefore { get; }
    public TermSet NonViolentContexts { get; }
    public TermSet AccidentWords { get; }
    public TermSet NeighbourhoodWords { get; }
    public TermSet GenericAfter { get; }
    public TermSet VictimVerbs { get; }
    public TermSet FateVerbs { get; }
    public TermSet MemberNouns { get; }
    public TermSet Negation { get; }
    public TermSet ReportingVerbs { get; }
    public TermSet PublicationWords { get; }
    public TermSet ClaimVerbs { get; }
    public TermSet SelfComplementizers { get; }
    public TermSet OwnForces { get; }
    public TermSet OwnSites { get; }
    public TermSet LeadVerbs { get; }
    public TermSet ConfirmVerbs { get; }
    public TermSet DenyVerbs { get; }
    public TermSet AttackVerbs { get; }
    public TermSet AccuseVerbs { get; }
    public TermSet BlameVerbs { get; }
    public TermSet BlameObjects { get; }
    public TermSet HostVerbs { get; }
    public TermSet SupportVerbs { get; }
    public TermSet SourceNouns { get; }
    public TermSet OfficialNouns { get; }
    public TermSet CoreferentSites { get; }
    public TermSet BackReferences { get; }
    public TermSet ClaimedObjects { get; }
    public TermSet AnotherWords { get; }
    public TermSet DistanceUnits { get; }
    public TermSet MissWords { get; }
    public TermSet OutOfWords { get; }
    public TermSet ResultLinks { get; }
    public TermSet ExecutionNouns { get; }
    public TermSet OnePersonsHarm { get; }
    public TermSet TwoPersonsHarm { get; }
    public TermSet CompanionWords { get; }
    public TermSet PossessedPersons { get; }
    public TermSet PossessedGroups { get; }
    public TermSet DebrisWords { get; }
    public TermSet ExplodeVerbs { get; }
    public TermSet AirWords { get; }
    public TermSet OffshoreWords { get; }
    public TermSet FoilWords { get; }
    public TermSet PlaceNouns { get; }
    public TermSet HinterlandNouns { get; }
    public TermSet ControlWords { get; }
    public TermSet SingularTargets { get; }
    public TermSet BombardVerbs { get; }
    public IReadOnlySet<string> AirStrikeDoers { get; }
    public TermSet PreLaunchWords { get; }
    public TermSet CompositionWords { get; }
    public TermSet OrdinalsBefore { get; }
    public TermSet CompassDirections { get; }
    public TermSet PeriodWords { get; }
    public TermSet Distributives { get; }
    public TermSet ResponseWords { get; }
    public TermSet TollNouns { get; }
    public TermSet TollVerbs { get; }
    public TermSet BorderNouns { get; }
    public TermSet AdditiveWords { get; }
    public TermSet VagueCounts { get; }
    public TermSet SourcePrepositions { get; }
    public TermSet AggressionNouns { get; }
    public TermSet ProjectileNouns { get; }
    public TermSet HedgeVerbs { get; }
    public TermSet SpeechNouns { get; }
    public TermSet BackgroundDateWords { get; }

    private static HashSet<string> Words(IEnumerable<string> words) => words.Select(Normalization.ArabicNormalizer.Fold).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> WeaponTerms(IReadOnlyDictionary<string, IReadOnlyList<string>> byType) =>
        byType.Where(kv => Enum.TryParse<IncidentType>(kv.Key, ignoreCase: true, out _)).SelectMany(kv => kv.Value);

    private static Dictionary<IncidentType, TermSet> Compile(IReadOnlyDictionary<string, IReadOnlyList<string>> byType)
    {
        var result = new Dictionary<IncidentType, TermSet>();
        foreach (var (name, terms) in byType)
        {
            if (Enum.TryParse<IncidentType>(name, ignoreCase: true, out var type))
            {
                result[type] = new TermSet(terms);
            }
        }
        return result;
    }

    /// <summary>
    /// The future of each imperfect verb (يستهدف → سيستهدف، تقوم → ستقوم، نرد → سنرد): سـ is written onto the verb, so
    /// no clitic rule peels it off, and a future attack is a threat or a plan, not an event. Past forms and nouns of
    /// the lists give forms no text spells (ستفجير), which match nothing.
    /// </summary>
    private static IEnumerable<string> FutureForms(IEnumerable<string> verbs) =>
        verbs.Where(v => v.Length > 2 && v[0] is 'ي' or 'ت' or 'ن' && !v.Contains(' ')).Select(v => "س" + v);
}
