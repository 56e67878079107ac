using NewsFacts.TextPipeline.Lexicon;
using NewsFacts.TextPipeline.Model;
using static NewsFacts.TextPipeline.Model.PlacePrecision;

namespace NewsFacts.TextPipeline.Tests;

/// <summary>Small fixture lexicons for stage tests (the shipped ones are used by GoldTests), with the shipped incident terms and titles.</summary>
public static class TestLexicons
{
    public static IReadOnlyList<PlaceEntry> Places { get; } =
    [
        new("iraq", "العراق", "Iraq", Country, "Iraq", 33.0, 44.0, []),
        new("syria", "سوريا", "Syria", Country, "Syria", 35.0, 38.0, ["سورية"]),
        new("iran", "إيران", "Iran", Country, "Iran", 32.0, 53.0, []),
        new("anbar", "محافظة الأنبار", "Anbar Governorate", Governorate, "Iraq", 33.4, 42.0, ["الأنبار"], "iraq"),
        new("ain-al-asad", "قاعدة عين الأسد الجوية", "Ain al-Asad Air Base", Site, "Iraq", 33.8, 42.44, ["عين الأسد", "قاعدة عين الأسد"], "anbar"),
        new("baghdad-governorate", "محافظة بغداد", "Baghdad Governorate", Governorate, "Iraq", 33.3, 44.4, [], "iraq"),
        new("baghdad", "بغداد", "Baghdad", City, "Iraq", 33.31, 44.36, [], "baghdad-governorate"),
        new("baghdad-airport", "مطار بغداد الدولي", "Baghdad International Airport", Site, "Iraq", 33.26, 44.23, ["مطار بغداد"], "baghdad"),
        new("victoria", "قاعدة فكتوريا", "Camp Victory / Victoria Base", Site, "Iraq", 33.26, 44.25, ["فكتوريا", "معسكر فكتوريا", "قاعدة فيكتوريا"], "baghdad-airport"),
        new("bdsc", "مركز بغداد للدعم الدبلوماسي", "Baghdad Diplomatic Support Center", Site, "Iraq", 33.26, 44.24, ["مركز الدعم الدبلوماسي"], "baghdad-airport"),
        new("erbil-governorate", "محافظة أربيل", "Erbil Governorate", Governorate, "Iraq", 36.2, 44.0, [], "iraq"),
        new("erbil", "أربيل", "Erbil", City, "Iraq", 36.19, 44.01, ["اربيل"], "erbil-governorate"),
        new("harir", "قاعدة حرير", "Harir Air Base", Site, "Iraq", 36.54, 44.35, ["حرير"], "erbil-governorate"),
        new("duhok", "دهوك", "Duhok", Governorate, "Iraq", 36.87, 42.99, ["محافظة دهوك"], "iraq"),
        new("diwaniyah", "الديوانية", "Diwaniyah", City, "Iraq", 31.99, 44.93, [], "iraq"),
        new("tanf", "قاعدة التنف", "Al-Tanf Garrison", Site, "Syria", 33.5, 38.6, ["التنف"], "syria"),
        new("rumalyn", "رميلان", "Rumalyn Landing Zone", Site, "Syria", 37.0, 41.9, ["الرميلان", "رومالين", "الرومان", "منطقة هبوط رومالين"], "syria"),
        new("kalsu", "قاعدة كالسو", "Kalsu base", Site, "Iraq", 32.78, 44.3, ["كالسو"], "iraq"),
        new("washington", "واشنطن", "Washington", City, "United States", 38.9, -77.0, []),
        new("tehran", "طهران", "Tehran", City, "Iran", 35.7, 51.4, [], "iran"),
        new("beirut", "بيروت", "Beirut", City, "Lebanon", 33.89, 35.5, []),
        new("khartoum", "الخرطوم", "Khartoum", City, "Sudan", 15.5, 32.5, []),
    ];

    public static IReadOnlyList<ActorEntry> Actors { get; } =
    [
        new("us-forces", "القوات الأمريكية", "US forces", ActorKind.Military, ["القوات الأميركية", "الجيش الأمريكي", "الجيش الأميركي"], "United States"),
        new("coalition", "التحالف الدولي", "Global Coalition against ISIS", ActorKind.Military, ["التحالف الدولي لمحاربة داعش", "قوات التحالف"]),
        new("pmf", "الحشد الشعبي", "Popular Mobilization Forces", ActorKind.ArmedGroup, ["قوات الحشد الشعبي", "وحدات الحشد الشعبي", "PMF"], "Iraq"),
        new("kataib-hezbollah", "كتائب حزب الله", "Kataib Hezbollah", ActorKind.ArmedGroup, ["KH"], "Iraq"),
        new("islamic-resistance-iraq", "المقاومة الإسلامية في العراق", "Islamic Resistance in Iraq", ActorKind.ArmedGroup, []),
        new("peshmerga", "البشمركة", "Peshmerga", ActorKind.Military, ["قوات البيشمركة"], "Iraq"),
        new("us-government", "الولايات المتحدة", "United States", ActorKind.State, ["واشنطن"], "United States"),
        new("iraq-government", "الحكومة العراقية", "Iraq (government)", ActorKind.Government, ["بغداد"], "Iraq"),
        new("iran-state", "إيران", "Iran", ActorKind.State, ["طهران"], "Iran"),
        new("security-media-cell", "خلية الإعلام الأمني", "Security Media Cell", ActorKind.Government, [], "Iraq"),
        new("isis", "تنظيم الدولة الإسلامية", "Islamic State (ISIS)", ActorKind.ArmedGroup, ["داعش"]),
        new("israel", "إسرائيل", "Israel", ActorKind.State, []),
        new("reuters", "رويترز", "Reuters", ActorKind.Media, []),
        new("joe-biden", "جو بايدن", "Joe Biden", ActorKind.Person, ["بايدن"]),
    ];

    public static Lexicons Fixture { get; } = new(Actors, Places, [], [])
    {
        IncidentTerms = LexiconParser.ParseIncidentTerms(RepoFiles.ReadLexicon("incident-terms.json", "{}")),
        PersonTitles = LexiconParser.ParsePhrases(RepoFiles.ReadLexicon("titles.txt", "")),
    };

    public static ArticleFacts Run(string text, Lexicons? lexicons = null) =>
        new ArticlePipeline(lexicons ?? Fixture).Run(new ArticleInput(text));
}
