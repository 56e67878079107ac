using NewsFacts.Api.Data;

namespace NewsFacts.Api.Queries;

/// <summary>The sortable fields of each list, as documented on its <c>sort</c> parameter.</summary>
public static class SortMaps
{
    public static SortMap<Article> Articles { get; } = new SortMap<Article>(a => a.Id, "-publishedAt")
        .Add("publishedAt", a => a.PublishedAt)
        .Add("importedAt", a => a.ImportedAt)
        .Add("updatedAt", a => a.UpdatedAt)
        .Add("title", a => a.Title)
        .Add("source", a => a.Source);

    public static SortMap<Incident> Incidents { get; } = new SortMap<Incident>(i => i.Id, "-date")
        .Add("date", i => i.Date)
        .Add("type", i => i.Type)
        .Add("killed", i => i.Killed)
        .Add("wounded", i => i.Wounded)
        .Add("weaponCount", i => i.WeaponCount)
        .Add("updatedAt", i => i.UpdatedAt)
        .Add("sources", i => i.Sources.Count);

    public static SortMap<Actor> Actors { get; } = new SortMap<Actor>(a => a.Id, "nameEn")
        .Add("nameEn", a => a.NameEn)
        .Add("nameAr", a => a.NameAr)
        .Add("kind", a => a.Kind)
        .Add("updatedAt", a => a.UpdatedAt);

    public static SortMap<DateMention> Dates { get; } = new SortMap<DateMention>(d => d.Id, "articleId,start")
        .Add("articleId", d => d.ArticleId)
        .Add("start", d => d.Start)
        .Add("value", d => d.Value)
        .Add("precision", d => d.Precision);

    public static SortMap<Location> Locations { get; } = new SortMap<Location>(l => l.Id, "-incidents")
        .Add("nameEn", l => l.NameEn)
        .Add("nameAr", l => l.NameAr)
        .Add("country", l => l.Country)
        .Add("precision", l => l.Precision)
        .Add("incidents", l => l.Tallies.Sum(t => t.Incidents));
}
