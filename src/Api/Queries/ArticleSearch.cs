using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Queries;

/// <summary>Articles matching a full-text query, through the FTS5 index of their match-key terms.</summary>
public static class ArticleSearch
{
    public static IQueryable<int> MatchingIds(NewsFactsDbContext db, FullTextQuery query) =>
        db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM article_search WHERE article_search MATCH {query.Match}");
}
