using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NewsFacts.Api.Data;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Search;

namespace NewsFacts.Api.Import;

/// <summary>
/// Runs one item through the pipeline and stores the article with its facts in one transaction:
/// an article is either there whole or not at all.
/// </summary>
public sealed class ArticleImporter(NewsFactsDbContext db, ArticlePipeline pipeline, FactWriter facts, TimeProvider clock,
    IOptions<NewsFactsOptions> options)
{
    public async Task<ImportOutcome> ImportAsync(ImportItem item, CancellationToken cancellationToken)
    {
        if (item.Error is not null)
        {
            return new ImportOutcome(item.Origin, ImportStatus.Failed, null, item.Error);
        }
        if (string.IsNullOrWhiteSpace(item.Text))
        {
            return new ImportOutcome(item.Origin, ImportStatus.Failed, null, "the article text is empty");
        }
        if (item.Text.Contains('\0'))
        {
            return new ImportOutcome(item.Origin, ImportStatus.Failed, null, "the text contains NUL characters: a binary file, not an article");
        }
        var input = new ArticleInput(item.Text, item.Title, item.PublishedAt, item.Source);
        var extracted = options.Value.ExtractFacts ? pipeline.Run(input) : pipeline.Clean(input);
        if (!HasArticleText(extracted.Article.Text))
        {
            return new ImportOutcome(item.Origin, ImportStatus.Failed, null, "no Arabic article text left after cleaning");
        }
        var existing = await db.Articles.AsNoTracking()
            .Where(a => a.ContentHash == extracted.ContentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new ImportOutcome(item.Origin, ImportStatus.Skipped, existing, "already present");
        }
        try
        {
            var id = await StoreAsync(item, extracted, cancellationToken);
            return new ImportOutcome(item.Origin, ImportStatus.Imported, id, null);
        }
        catch (DbUpdateException ex) when (ex.InnerException is SqliteException { SqliteErrorCode: 19 })
        {
            // Another process stored the same article between our check and our insert: the unique hash index kept one copy.
            db.ChangeTracker.Clear();
            var stored = await db.Articles.AsNoTracking()
                .Where(a => a.ContentHash == extracted.ContentHash).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            return new ImportOutcome(item.Origin, ImportStatus.Skipped, stored, "already present");
        }
    }

    private async Task<int> StoreAsync(ImportItem item, ArticleFacts extracted, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var article = new Article
        {
            Title = extracted.Article.Title,
            Source = item.Source ?? extracted.Article.Byline,
            Byline = extracted.Article.Byline,
            Dateline = extracted.Article.Dateline,
            Url = item.Url,
            PublishedAt = item.PublishedAt,
            ImportedAt = now,
            UpdatedAt = now,
            Text = extracted.Article.Text,
            RawText = item.Text!,
            ContentHash = extracted.ContentHash,
            RemovedJson = JsonSerializer.Serialize(extracted.Article.Removed, JsonSerializerOptions.Web),
        };
        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        await facts.WriteAsync(article, extracted, now, cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO article_search(rowid, terms) VALUES ({article.Id}, {SearchAnalyzer.IndexText(article.Title + "\n" + article.Text)})",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return article.Id;
    }

    /// <summary>An article needs some Arabic: an all-Latin page or a page of digits is not one of ours.</summary>
    private static bool HasArticleText(string text)
    {
        var arabic = 0;
        foreach (var ch in text)
        {
            if (ch >= '\u0600' && ch <= '\u06FF' && ++arabic >= 20)
            {
                return true;
            }
        }
        return false;
    }
}
