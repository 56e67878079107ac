using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Queries;

/// <summary>Articles matching a full-text query, through the index of their match-key terms (FTS5, or a tsvector's GIN index).</summary>
public static class ArticleSearch
{
    public static IQueryable<int> MatchingIds(NewsFactsDbContext db, FullTextQuery query) => db.Database.IsSqlite()
        ? db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM article_search WHERE article_search MATCH {query.Match}")
        : db.Database.SqlQuery<int>($"SELECT rowid AS \"Value\" FROM article_search WHERE terms @@ CAST({query.TsQuery} AS tsquery)");
}
