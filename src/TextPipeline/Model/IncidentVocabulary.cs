namespace NewsFacts.TextPipeline.Model;

/// <summary>
/// The word lists incident extraction matches against (data/lexicons/incident-terms.json). Each term is
/// written as display Arabic; it is folded when compiled. A trailing '*' makes a term a stem prefix; a space
/// separates the tokens of a multi-word term. Weapon maps are keyed by incident type ("drone", "rocket", ...).
/// </summary>
public sealed record IncidentVocabulary
{
    public static IncidentVocabulary Empty { get; } = new();

    /// <summary>Event words: a sentence without one reports no incident.</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>Triggers that count only when a weapon word is in the same sentence (أطلق، سقط، تعرض ...).</summary>
    public IReadOnlyList<string> WeakTriggers { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Weapons { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Weapon words that type an incident only when no other weapon word is near (انفجار، ضربة).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> FallbackWeapons { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Per actor id (a state's armed forces), the nationality adjectives that name it as the attacker when they
    /// qualify the weapon or the attack noun (غارة أمريكية، طائرات مسيرة تركية، قصف مدفعي تركي).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> AttackerAdjectives { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Words after a nationality adjective that make it the weapon's maker, not its user (مسيرة إيرانية الصنع).</summary>
    public IReadOnlyList<string> ManufactureWords { get; init; } = [];

    /// <summary>Nouns that carry the weapon count (طائرة، صاروخ، قذيفة ...), per type.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WeaponNouns { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Singular weapon nouns: one of them with no number word counts one (قذيفة استهدفت).</summary>
    public IReadOnlyList<string> SingularWeaponNouns { get; init; } = [];

    /// <summary>Weapon nouns in the dual, including the construct dual that drops its ن (قذيفتي هاون).</summary>
    public IReadOnlyList<string> DualWeaponNouns { get; init; } = [];

    /// <summary>Definite nouns that refer back to an attack already described (الهجوم، الحادث).</summary>
    public IReadOnlyList<string> BackReferences { get; init; } = [];

    /// <summary>Units of a distance before a direction (على بعد 40 كيلومترا شمال بغداد): the place may be far from the town.</summary>
    public IReadOnlyList<string> DistanceUnits { get; init; } = [];

    /// <summary>
    /// Verbs of hitting with the target as a pronoun, which a negator makes a miss (لم يصبها، دون أن يصيبه): the weapon
    /// was not shot down. Unlike "لم يصب أحد" (nobody was hurt), they name what was missed.
    /// </summary>
    public IReadOnlyList<string> MissWords { get; init; } = [];

    /// <summary>Words between a part and the whole it is taken from (ثلاثة من أصل خمسة); the terms count them among the part words.</summary>
    public IReadOnlyList<string> OutOfWords { get; init; } = [];

    /// <summary>Words that link an attack to what it caused, right before the casualty word: أدى إلى، أسفر عن، تسبب ب.</summary>
    public IReadOnlyList<string> ResultLinks { get; init; } = [];

    /// <summary>
    /// Verbs of leading to a result that may take ل instead of إلى (أدى لإسقاطها): an interception after them happened. After
    /// anything else, ل on an interception word is a purpose (أطلقت صواريخها لاعتراضه), an attempt whose outcome is not told.
    /// </summary>
    public IReadOnlyList<string> LeadVerbs { get; init; } = [];

    /// <summary>Verbal nouns of carrying out an attack after an announcer (أعلن الجيش تنفيذ ضربة، شن غارات): it claims it.</summary>
    public IReadOnlyList<string> ExecutionNouns { get; init; } = [];

    /// <summary>
    /// A death or wound word with a singular pronoun, one person's (مقتله، استشهادها، إصابته): also in <see cref="Killed"/>
    /// or <see cref="Wounded"/>.
    /// </summary>
    public IReadOnlyList<string> OnePersonsHarm { get; init; } = [];

    /// <summary>The same with a dual pronoun, two persons' (مقتلهما، إصابتهما).</summary>
    public IReadOnlyList<string> TwoPersonsHarm { get; init; } = [];

    /// <summary>Words that add companions to the dead or wounded (مقتله مع ثلاثة من مرافقيه، برفقة اثنين من عناصره).</summary>
    public IReadOnlyList<string> CompanionWords { get; init; } = [];

    /// <summary>
    /// One person named by whose companion or kin he is, which joined by و to the dead or wounded adds one: "مقتل قيادي
    /// ومرافقه"، "إصابة الضابط وسائقه"، "مقتل المسؤول ونجله".
    /// </summary>
    public IReadOnlyList<string> PossessedPersons { get; init; } = [];

    /// <summary>
    /// The same in the plural, or a group (مقتل القيادي ومرافقيه، وأفراد حمايته، وعائلته): no count, so the figure they
    /// join is unknown.
    /// </summary>
    public IReadOnlyList<string> PossessedGroups { get; init; } = [];

    /// <summary>
    /// What falls of a weapon shot down (حطام، شظايا، بقايا): its fall, and what the fall causes in its clause (سقط حطامها
    /// في أرض زراعية ما أدى إلى اشتعال النيران), is no hit.
    /// </summary>
    public IReadOnlyList<string> DebrisWords { get; init; } = [];

    /// <summary>
    /// Verbs of a weapon exploding (انفجرت الأخرى في محيط القاعدة): a weapon that exploded where it was sent was not shot
    /// down, unless it exploded in the air (<see cref="AirWords"/>).
    /// </summary>
    public IReadOnlyList<string> ExplodeVerbs { get; init; } = [];

    /// <summary>Words for the air a weapon is shot down in: انفجرت في الجو، في سماء المطار.</summary>
    public IReadOnlyList<string> AirWords { get; init; } = [];

    /// <summary>
    /// Words before a coastal place that put the attack in the sea off it: قبالة (قبالة سواحل الحديدة), and miles, which
    /// news gives only at sea, with or without their adjective (على بعد 60 ميلا بحريا غرب الحديدة).
    /// </summary>
    public IReadOnlyList<string> OffshoreWords { get; init; } = [];

    /// <summary>Verbs and nouns of bombarding (قصف، ضرب): with no weapon named, their doer says how it struck.</summary>
    public IReadOnlyList<string> BombardVerbs { get; init; } = [];

    /// <summary>
    /// Actor ids of forces that bombard only from the air in this region (the US, its coalition, Israel, Russia, Jordan):
    /// "قصفت القوات الأمريكية مواقع للفصائل" is an air strike. Not Turkey, whose bombardments are as often artillery.
    /// </summary>
    public IReadOnlyList<string> AirStrikeDoers { get; init; } = [];

    /// <summary>
    /// Singular target nouns (سفينة، مدمرة، مقر، رتل): an attack with a named weapon on one of them, told after its trigger,
    /// is one event even with no number or time in its sentence ("أعلن الحوثيون استهداف سفينة في البحر الأحمر بصواريخ").
    /// </summary>
    public IReadOnlyList<string> SingularTargets { get; init; } = [];

    /// <summary>
    /// Words of an area's control before the armed group that holds it: a weapon launched "من مناطق يسيطر عليها الحوثيون"
    /// was launched by them, as CENTCOM's statements put it.
    /// </summary>
    public IReadOnlyList<string> ControlWords { get; init; } = [];

    /// <summary>
    /// Nouns of the land around a city (بادية، ريف): an attack there is in the governorate around it. Not محيط or أطراف,
    /// whose attack is at the city's edge.
    /// </summary>
    public IReadOnlyList<string> HinterlandNouns { get; init; } = [];

    /// <summary>Nouns a place's name may follow (منطقة، مدينة، ريف): "أطلقها مسلحون من منطقة إدلب" still names an origin.</summary>
    public IReadOnlyList<string> PlaceNouns { get; init; } = [];

    /// <summary>Verbs and nouns of foiling an attack: أحبطت، إحباط.</summary>
    public IReadOnlyList<string> FoilWords { get; init; } = [];

    /// <summary>
    /// Words that say a weapon was never launched (معدة للإطلاق، قبل إطلاقها، قبل تنفيذه): an attack foiled in a sentence
    /// that has one is a plot, not an attack (a foiled drone attack with none is a drone shot down).
    /// </summary>
    public IReadOnlyList<string> PreLaunchWords { get; init; } = [];

    /// <summary>Words after a salvo that say what it is made of, before its counted weapons: مؤلفة من، مكونة من، تضم.</summary>
    public IReadOnlyList<string> CompositionWords { get; init; } = [];

    /// <summary>
    /// Ordinals that count the attack noun right after them among others, making it generic (ثاني هجوم خلال أسبوع).
    /// Only right before it: elsewhere they are a month's name (كانون الثاني، تشرين الثاني) or a date's day.
    /// </summary>
    public IReadOnlyList<string> OrdinalsBefore { get; init; } = [];

    /// <summary>Words after a weapon noun that make it one more weapon than the one told before it: صاروخ آخر، صاروخ ثان.</summary>
    public IReadOnlyList<string> AnotherWords { get; init; } = [];

    /// <summary>
    /// Words besides the attack nouns a claim takes as its object, definite, to take back the attack just told:
    /// "وتبنت كتائب حزب الله العملية".
    /// </summary>
    public IReadOnlyList<string> ClaimedObjects { get; init; } = [];

    public IReadOnlyList<string> Interceptors { get; init; } = [];

    /// <summary>
    /// Actor ids of states' armed forces whose drones fire on targets as aircraft do: a drone strike by one of them is an
    /// air strike, while a militia's one-way drone is a drone attack.
    /// </summary>
    public IReadOnlyList<string> ArmedDroneOperators { get; init; } = [];

    /// <summary>
    /// Actor ids of states whose "صواريخ" fired at other countries are ballistic or cruise missiles, not the Katyushas of
    /// militias: "أطلقت إيران صواريخ على أربيل" is a missile attack.
    /// </summary>
    public IReadOnlyList<string> MissileDoers { get; init; } = [];

    /// <summary>Words that introduce the attack a casualty figure came from (مقتل جنديين في هجوم، جراء قصف، إثر انفجار).</summary>
    public IReadOnlyList<string> CauseWords { get; init; } = [];

    /// <summary>
    /// Words that put the doer after a passive or a verbal noun (من قبل، على يد), or after a verb that takes the attack
    /// back as its object (الهجوم ... نفذته جماعات، شنها الحوثيون).
    /// </summary>
    public IReadOnlyList<string> AgentWords { get; init; } = [];

    /// <summary>
    /// Verbal nouns of doing whose genitive is the doer and whose ب-object is the deed: "قيام القوات التركية بقصف"،
    /// "إقدام الطيران على استهداف".
    /// </summary>
    public IReadOnlyList<string> DoingNouns { get; init; } = [];

    /// <summary>
    /// Plural attack nouns (هجمات، غارات، ضربات): with a span of time (منذ، خلال) and no day in the sentence they tell a pattern
    /// ("تستخدم روسيا القاعدة منذ 2015 في تنفيذ ضربات"), not an attack.
    /// </summary>
    public IReadOnlyList<string> PluralAttackNouns { get; init; } = [];

    /// <summary>
    /// Verbs of launching a raid: a drone that is their subject (طائرات مسيرة شنت ضربات) fires on its target as aircraft do,
    /// it is no one-way drone.
    /// </summary>
    public IReadOnlyList<string> RaidVerbs { get; init; } = [];

    /// <summary>Distancing words a writer puts before a name it does not endorse: "ما تسمى"، "ما أسمته".</summary>
    public IReadOnlyList<string> SoCalledWords { get; init; } = [];

    /// <summary>Words by which a group is said to call itself, before its name: تطلق على نفسها اسم، تسمي نفسها، تدعى، تعرف باسم.</summary>
    public IReadOnlyList<string> SelfNamingWords { get; init; } = [];

    /// <summary>
    /// Present verbs of carrying on (تواصل، يستمر، دأبت) before an attack noun: over a span of time and no day ("تواصل تركيا
    /// منذ سنوات قصف مواقع الحزب"), a habit told, not an attack.
    /// </summary>
    public IReadOnlyList<string> HabitualVerbs { get; init; } = [];

    /// <summary>
    /// Words that add a name to a list as و does (إضافة إلى، فضلا عن): "استهداف قاعدة عين الأسد برشقة صاروخية، إضافة إلى قاعدة
    /// الشدادي بطائرتين مسيرتين" lists two targets.
    /// </summary>
    public IReadOnlyList<string> ListAdditions { get; init; } = [];

    /// <summary>
    /// Nouns of an anniversary (ذكرى، الذكرى السنوية): an attack told as what a day commemorates ("أحيا الآلاف الذكرى
    /// الرابعة لاغتيال سليماني بغارة أمريكية") is recalled, not of the report's day.
    /// </summary>
    public IReadOnlyList<string> AnniversaryWords { get; init; } = [];

    /// <summary>
    /// Words that pick one of the attacks a pattern tells (آخرها، أحدثها، أعنفها): "تعرضت القاعدة لهجمات في الأشهر الماضية،
    /// آخرها هجوم يوم الثلاثاء" tells that one attack, at the pattern's place.
    /// </summary>
    public IReadOnlyList<string> OfThemWords { get; init; } = [];

    /// <summary>
    /// Nouns of direction after من (من اتجاه، من جهة): the words after them up to a place's name, compass points and
    /// nouns of place or landscape among them, say where the fire came from: "من اتجاه شمال شرق بحيرة طبريا".
    /// </summary>
    public IReadOnlyList<string> DirectionNouns { get; init; } = [];

    /// <summary>
    /// Verbal nouns of targeting that, with the ل of purpose after another event word of their clause, tell where that
    /// attack was aimed, not an attack of their own: "طائرة مسيرة أطلقها الحوثيون لاستهداف المدنيين بخميس مشيط".
    /// </summary>
    public IReadOnlyList<string> AimNouns { get; init; } = [];

    /// <summary>
    /// Words that make an accusation one about attacks in general: a habit (تتهم واشنطن عادة الفصائل، غالبا ما، مرارا)
    /// or a kind (بالوقوف وراء مثل هذه الهجمات). The dev set's convention and ACLED's: a "usually blamed on" line names
    /// no perpetrator of the attack told.
    /// </summary>
    public IReadOnlyList<string> HabitualWords { get; init; } = [];

    /// <summary>Spans of a day or less after منذ/خلال (منذ ساعات، منذ الصباح): what carries on over them is today's attack.</summary>
    public IReadOnlyList<string> ShortSpans { get; init; } = [];

    /// <summary>
    /// The past of كان that with قد before a verb makes the pluperfect (وكانت القاعدة قد تعرضت أمس): an attack told so, on
    /// a day before the story's own, is recalled.
    /// </summary>
    public IReadOnlyList<string> PluperfectAuxiliaries { get; init; } = [];

    /// <summary>Words tying a statement to the body it speaks for: "بيان باسم الفصائل"، "بيان صادر عن".</summary>
    public IReadOnlyList<string> OnBehalfWords { get; init; } = [];

    /// <summary>Words opening a reported clause whose first noun is its subject (إن الحوثيين ... أطلقوا).</summary>
    public IReadOnlyList<string> Complementizers { get; init; } = [];

    /// <summary>Nouns of a part in an attack (مسؤوليتها، علاقة، ضلوع): a denial of one of them is no denial of the attack.</summary>
    public IReadOnlyList<string> RoleNouns { get; init; } = [];

    /// <summary>Verbs of alleging (زعمت، ادعى): what they introduce is one side's account, not the report's.</summary>
    public IReadOnlyList<string> AllegationVerbs { get; init; } = [];

    /// <summary>Nouns of an event's occurring (وقوع، حدوث): confirming one reports the event, it claims nothing.</summary>
    public IReadOnlyList<string> OccurrenceNouns { get; init; } = [];

    /// <summary>Units of time of a day or more (يوم، أيام، شهرين): "قبل نحو 15 يوما" is an earlier day, "قبل ساعات" is not.</summary>
    public IReadOnlyList<string> DayUnits { get; init; } = [];

    /// <summary>Words that count time back from the report (قبل).</summary>
    public IReadOnlyList<string> AgoWords { get; init; } = [];

    /// <summary>Words after which a place is a destination, not where something happened (زيارة إلى واشنطن). Whole words.</summary>
    public IReadOnlyList<string> DestinationWords { get; init; } = [];

    /// <summary>Direction words that, right after a launch or attack word, name its target (أطلقا باتجاه قاعدة التنف). Whole words.</summary>
    public IReadOnlyList<string> AimWords { get; init; } = [];

    /// <summary>Words before من that make the place after it where things happened (بالقرب من). Whole words.</summary>
    public IReadOnlyList<string> NearWords { get; init; } = [];

    /// <summary>Prepositions that lead an attack's target (على، ضد). Whole words.</summary>
    public IReadOnlyList<string> TargetLeads { get; init; } = [];

    /// <summary>What a hedge verb's belief is about (يرجح أنها إسرائيلية). Whole words.</summary>
    public IReadOnlyList<string> BeliefObjects { get; init; } = [];

    /// <summary>Words that tie a thing to its owner (تابعة لكتائب حزب الله، مرتبطة بالحرس الثوري). Whole words.</summary>
    public IReadOnlyList<string> LinkWords { get; init; } = [];

    /// <summary>Words that may stand between an attack word and the force it targets: sites, counts, links (على ثلاثة مواقع تابعة لـ). Whole words.</summary>
    public IReadOnlyList<string> TargetFillers { get; init; } = [];

    /// <summary>Forms of dying a negator turns into "no one was killed" (لم يقتل أي عسكري), saying nothing of the wounded.</summary>
    public IReadOnlyList<string> KilledVerbs { get; init; } = [];

    /// <summary>Forms of being hurt a negator turns into "no one was wounded" (لم يصب أحد), saying nothing of the dead.</summary>
    public IReadOnlyList<string> WoundedVerbs { get; init; } = [];

    /// <summary>Quantifiers of a part (معظم، بعض، إحدى): shooting down a part is no "all shot down".</summary>
    public IReadOnlyList<string> PartWords { get; init; } = [];

    /// <summary>Words that say a weapon fell (سقطت، سقوط): a hit, unless the weapon fell because it was just shot down.</summary>
    public IReadOnlyList<string> LandingWords { get; init; } = [];

    /// <summary>Conjunctions that set a clause against the one before (بينما، فيما، لكن): what the first says stops there.</summary>
    public IReadOnlyList<string> ContrastWords { get; init; } = [];

    /// <summary>Words that say a weapon reached its target (سقطت، أصاب، أضرار، ألقت متفجرات): the attack was not intercepted.</summary>
    public IReadOnlyList<string> ImpactWords { get; init; } = [];

    /// <summary>Words after an attack noun that liken it to the attack just told (هجوم مماثل، هجوما مشابها): it is of the same kind.</summary>
    public IReadOnlyList<string> SimilarWords { get; init; } = [];

    /// <summary>Strike verbs that say a hit only with a weapon as their subject (ضربت 10 صواريخ القاعدة).</summary>
    public IReadOnlyList<string> ImpactVerbs { get; init; } = [];
    public IReadOnlyList<string> Killed { get; init; } = [];
    public IReadOnlyList<string> Wounded { get; init; } = [];
    public IReadOnlyList<string> CasualtyNouns { get; init; } = [];

    /// <summary>Singular person nouns: "مقتل القائد" is one killed.</summary>
    public IReadOnlyList<string> SingularPersonNouns { get; init; } = [];

    /// <summary>Phrases that state there were no casualties: the only source of a zero count.</summary>
    public IReadOnlyList<string> NoCasualties { get; init; } = [];

    /// <summary>A negator (دون، لم، لا) a few words before a casualty noun (إصابات، ضحايا، خسائر) also states zero casualties ...</summary>
    public IReadOnlyList<string> NoCasualtyNegators { get; init; } = [];

    public IReadOnlyList<string> NoCasualtyNouns { get; init; } = [];

    /// <summary>
    /// ... unless a word between them says the toll is unknown (لم يعرف عدد الضحايا، دون معلومات عن الخسائر) or unreported:
    /// "لم ترد تقارير عن وقوع إصابات" says no one has reported casualties, not that there were none.
    /// </summary>
    public IReadOnlyList<string> CasualtyUncertainty { get; init; } = [];

    /// <summary>
    /// Threat, plan, future and conditional words, a drill's or a defence's (مناورة، تمرين، لحمايتها من), and weapons'
    /// readiness (معدة، جاهزة للإطلاق): a trigger in their scope is not an event.
    /// </summary>
    public IReadOnlyList<string> Modality { get; init; } = [];

    /// <summary>Members of a group standing between an attack verb and the group (استهدف مجاهدو المقاومة الإسلامية): the
    /// group is still the attacker.</summary>
    public IReadOnlyList<string> MemberNouns { get; init; } = [];

    /// <summary>Imperfect verbs an attack is announced with (تقوم، يتم، تواصل): with سـ written onto them (ستقوم الفصائل
    /// باستهداف) they make the attack a plan, as the future of every attack verb and trigger does.</summary>
    public IReadOnlyList<string> FutureAuxiliaries { get; init; } = [];

    /// <summary>Quantifiers that make a trigger a generic count (العشرات من الهجمات).</summary>
    public IReadOnlyList<string> Generic { get; init; } = [];

    /// <summary>
    /// Quantifiers of amount among <see cref="Generic"/> (عدة، عشرات، بعض، وابل): on a weapon noun before the event word
    /// ("عدة صواريخ أصابت القاعدة"، "سقطت عشرات القذائف") they size one salvo, and the event stays one event.
    /// </summary>
    public IReadOnlyList<string> SalvoQuantifiers { get; init; } = [];

    /// <summary>Ordinals that make the trigger before them one of a series (الهجوم الثاني من نوعه).</summary>
    public IReadOnlyList<string> GenericAfter { get; init; } = [];

    /// <summary>Verbs whose subject met the death named after it (لقي ثلاثة جنود مصرعهم، لقي عنصران حتفهما): the
    /// count of the dead stands between the two.</summary>
    public IReadOnlyList<string> FateVerbs { get; init; } = [];

    /// <summary>Verbs whose subject suffered the attack (تعرض، طال): an armed group announcing one does not claim it.</summary>
    public IReadOnlyList<string> VictimVerbs { get; init; } = [];

    /// <summary>Words right after an attack noun that make it figurative (هجوما حادا، هجمة مرتدة).</summary>
    public IReadOnlyList<string> Figurative { get; init; } = [];

    /// <summary>
    /// Words right before an event noun that make it no event: figurative (خط الهجوم), or a thing named after what it is
    /// for (منصة إطلاق صواريخ: a launcher, found or destroyed, is no launch).
    /// </summary>
    public IReadOnlyList<string> FigurativeBefore { get; init; } = [];

    /// <summary>Words that put a whole sentence in a non-violent field (sport, markets): no incident comes from it.</summary>
    public IReadOnlyList<string> NonViolentContexts { get; init; } = [];

    /// <summary>Causes that make an explosion an accident (خلل فني، تماس كهربائي): no attack.</summary>
    public IReadOnlyList<string> AccidentWords { get; init; } = [];

    /// <summary>Words that put a compass direction inside a city (حي الجهاد غرب بغداد is in Baghdad).</summary>
    public IReadOnlyList<string> NeighbourhoodWords { get; init; } = [];

    public IReadOnlyList<string> Negation { get; init; } = [];
    public IReadOnlyList<string> ReportingVerbs { get; init; } = [];
    /// <summary>
    /// Words of a page's own publication or update (منشور، نُشر، آخر تحديث): a date right after one dates the page or a
    /// post, like a date after a reporting verb, not the event.
    /// </summary>
    public IReadOnlyList<string> PublicationWords { get; init; } = [];
    public IReadOnlyList<string> ClaimVerbs { get; init; } = [];

    /// <summary>
    /// A complementizer whose pronoun points back to the speaker (قالت الكتائب إنها استهدفت): what the speaker says
    /// it did.
    /// </summary>
    public IReadOnlyList<string> SelfComplementizers { get; init; } = [];

    /// <summary>
    /// The speaker's own sites and vehicles, by a possessive pronoun or لها (مواقعها، مقرا لها، أرتالها): an armed group
    /// announcing an attack on them announces what it suffered, not its own attack.
    /// </summary>
    public IReadOnlyList<string> OwnSites { get; init; } = [];

    /// <summary>The speaker's own forces, by a possessive pronoun (قال الجيش إن قواته قصفت، إن مجاهديها استهدفوا).</summary>
    public IReadOnlyList<string> OwnForces { get; init; } = [];
    public IReadOnlyList<string> ConfirmVerbs { get; init; } = [];
    public IReadOnlyList<string> DenyVerbs { get; init; } = [];
    /// <summary>Accusation words: the armed group they name is the attributed perpetrator (تتهم ... بالوقوف وراء، تقف وراء).</summary>
    public IReadOnlyList<string> AccuseVerbs { get; init; } = [];

    /// <summary>
    /// Verbs that lay the blame on someone (حمّل، حمّلت): an accusation only with a word of responsibility after them
    /// (<see cref="BlameObjects"/>: حمّلت واشنطن كتائب حزب الله مسؤولية الهجوم); alone, حملت is also "carried".
    /// </summary>
    public IReadOnlyList<string> BlameVerbs { get; init; } = [];
    public IReadOnlyList<string> BlameObjects { get; init; } = [];
    public IReadOnlyList<string> AttackVerbs { get; init; } = [];

    /// <summary>
    /// Support verbs whose object is an attack noun (تعرضت القاعدة لهجوم، شنت الفصائل هجمات): when that noun is no
    /// event (a count, a negated or generic attack), neither is the verb.
    /// </summary>
    public IReadOnlyList<string> SupportVerbs { get; init; } = [];

    /// <summary>Verbs that say a base hosts a force (تستضيف، تضم): an attack on the base targets that force.</summary>
    public IReadOnlyList<string> HostVerbs { get; init; } = [];
    public IReadOnlyList<string> OfficialNouns { get; init; } = [];
    public IReadOnlyList<string> SourceNouns { get; init; } = [];

    /// <summary>Definite nouns that refer back to the last base named (القاعدة، المطار).</summary>
    public IReadOnlyList<string> CoreferentSites { get; init; } = [];

    /// <summary>Compass words: "جنوب بغداد" is near Baghdad, not in it.</summary>
    public IReadOnlyList<string> CompassDirections { get; init; } = [];

    /// <summary>Words that open a period rather than a date (منذ شهر، خلال الأسبوع): they date no event.</summary>
    public IReadOnlyList<string> PeriodWords { get; init; } = [];

    /// <summary>What a reply answers when it is no attack (ردا على سؤال، ردا على تصريحات): after a response word, no retaliation.</summary>
    public IReadOnlyList<string> SpeechNouns { get; init; } = [];

    /// <summary>Verbs of belief that hedge an attribution (غارات يرجح أنها إسرائيلية): the nationality after them still names the attacker.</summary>
    public IReadOnlyList<string> HedgeVerbs { get; init; } = [];

    /// <summary>
    /// Nouns of a running total before a casualty word (حصيلة قتلى، عدد الجرحى): the figure is what the total rises
    /// to (ارتفعت ... إلى ثلاثة) or reaches (بلغت ... أربعة جنود), further on in the clause.
    /// </summary>
    public IReadOnlyList<string> TollNouns { get; init; } = [];

    /// <summary>Verbs a toll reaches its figure with, the count right after them: "إن عدد المصابين بلغ 34".</summary>
    public IReadOnlyList<string> TollVerbs { get; init; } = [];

    /// <summary>Nouns of a border: the country after "الحدود مع" is the other side, not a place of the event.</summary>
    public IReadOnlyList<string> BorderNouns { get; init; } = [];

    /// <summary>Words that put a figure on top of those told (وأصيب عسكري عراقي أيضا): right by the casualty word.</summary>
    public IReadOnlyList<string> AdditiveWords { get; init; } = [];

    /// <summary>
    /// Counts that say people were hurt without saying how many, right after a casualty word or before its verb (إصابة
    /// عدد من الجنود، إن عددا من العسكريين أصيبوا، وإصابة كثيرين): a casualty all the same, so a hit.
    /// </summary>
    public IReadOnlyList<string> VagueCounts { get; init; } = [];

    /// <summary>
    /// Reporting words that are prepositions, not verbs (بحسب، وفق، طبقا): no statement of theirs has a time, so a date
    /// after them (حسب مصدر في الشرطة، صباح الخميس) is the event's.
    /// </summary>
    public IReadOnlyList<string> SourcePrepositions { get; init; } = [];

    /// <summary>
    /// Nouns of aggression (عدوان، اعتداء) that, like a bombardment, name no weapon: by a force that strikes only from the
    /// air here (airStrikeDoers), an air strike (SANA's "عدوان إسرائيلي استهدف بناء سكنيا").
    /// </summary>
    public IReadOnlyList<string> AggressionNouns { get; init; } = [];

    /// <summary>
    /// Words for rockets and missiles alike (صاروخ، صواريخ): alone they read as rockets, but with the article and no word
    /// of kind (الصواريخ) they take back the missiles the story told.
    /// </summary>
    public IReadOnlyList<string> ProjectileNouns { get; init; } = [];

    /// <summary>
    /// Words that open the cause of a retaliation (ردا على، انتقاما لـ، ثأرا لـ): what follows is the earlier attack
    /// being answered, with its own place, not the attack of the clause before.
    /// </summary>
    public IReadOnlyList<string> ResponseWords { get; init; } = [];

    /// <summary>Words that give a weapon to every attack listed in the sentence (وكلها باستخدام، جميعها بـ).</summary>
    public IReadOnlyList<string> Distributives { get; init; } = [];

    /// <summary>Past verbs of going on with attacks (استأنفت، واصلت، صعدت): their subject, before a plural attack noun, carries them out.</summary>
    public IReadOnlyList<string> SeriesVerbs { get; init; } = [];

    /// <summary>Plural attack nouns as the object of a <see cref="SeriesVerbs"/> verb, with their pronoun (هجماتها، عملياتهم).</summary>
    public IReadOnlyList<string> SeriesObjects { get; init; } = [];

    /// <summary>Verbs of answering (ردت القوات على هجوم): their armed subject carried out the attack told next.</summary>
    public IReadOnlyList<string> ResponseVerbs { get; init; } = [];

    /// <summary>
    /// Verbs of dropping (ألقت، يلقي): an event word only with one of <see cref="DroppedMunitions"/> as its object close after
    /// it (ألقت طائرة مسيرة متفجرات قرب القاعدة), since "ألقت القوات القبض" and "ألقى كلمة" are none.
    /// </summary>
    public IReadOnlyList<string> DropVerbs { get; init; } = [];

    /// <summary>What an aircraft drops on a target (متفجرات، قنابل، قذائف، عبوة): the objects that make a drop verb an attack.</summary>
    public IReadOnlyList<string> DroppedMunitions { get; init; } = [];

    /// <summary>
    /// Words that put a shooting-down after the attack (تمكنت الطائرتان من قصف المطار قبل أن تسقطهما الدفاعات): the
    /// weapons were fired before the platform fell, so its downing is not every weapon stopped.
    /// </summary>
    public IReadOnlyList<string> LateInterceptionMarkers { get; init; } = [];

    /// <summary>
    /// Words that say an attack's doer is not known (طائرات مجهولة، مسلحون مجهولون): such an attack takes no doer from
    /// the attacks the article told before it.
    /// </summary>
    public IReadOnlyList<string> UnknownDoers { get; init; } = [];

    /// <summary>Words after a month name that make it a month before the report's (كانون الثاني الماضي، يناير المنصرم).</summary>
    public IReadOnlyList<string> PastMarkers { get; init; } = [];

    /// <summary>Words in a date expression that mark a recalled, earlier event (الماضي، الفائت، أوائل ...).</summary>
    public IReadOnlyList<string> BackgroundDateWords { get; init; } = [];
}
