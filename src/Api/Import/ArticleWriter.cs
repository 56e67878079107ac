using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NewsFacts.Api.Data;
using SQLitePCL;

namespace NewsFacts.Api.Import;

/// <summary>
/// Stores extracted articles with their facts, a batch per transaction: an article that fails is rolled back alone and
/// reported, its batch-mates go in, and every article is there whole or not at all. A crash loses the batch in flight;
/// the import is idempotent by content hash, so a rerun restores it. The one write path of an import, POST
/// /api/articles, a schema rebuild and the extract command.
/// </summary>
/// <remarks>
/// A batch is first written straight through. Only when one of its articles fails is it rolled back and written again
/// with a savepoint per article, so that the failure is undone alone. Savepoints on every batch cost a fifth of the
/// writer's time (measured): each RELEASE flushed the full-text index's pending terms into a segment of its own,
/// which the index then kept merging.
/// </remarks>
public sealed class ArticleWriter(NewsFactsDbContext db, FactWriter facts, TimeProvider clock) : IDisposable
{
    private Statements? _sql;
    private Batch? _open;
    private ILogger? _checkpointLogger;
    private WalCheckpointer? _checkpointer;

    /// <summary>
    /// For a bulk import on SQLite, before its first batch: the write-ahead log is copied into the database on another
    /// thread after each commit (<see cref="WalCheckpointer"/>), instead of by the commit that crosses the log's limit.
    /// </summary>
    public void CheckpointInBackground(ILogger logger) => _checkpointLogger = logger;

    /// <summary>One outcome per article, in the order given.</summary>
    public IReadOnlyList<ImportOutcome> Write(IReadOnlyList<ExtractedArticle> batch, CancellationToken cancellationToken)
    {
        using var open = Begin();
        foreach (var article in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            open.Add(article);
        }
        return open.Commit();
    }

    /// <summary>
    /// A batch written as its articles arrive, so that an import's writer stores each article while the workers
    /// extract the next ones. Disposing a batch that was not committed rolls it back.
    /// </summary>
    public Batch Begin()
    {
        if (_open is not null)
        {
            throw new InvalidOperationException("A batch is already open on this writer.");
        }
        return _open = new Batch(this);
    }

    /// <summary>An open batch of <see cref="ArticleWriter"/>; see <see cref="Begin"/>.</summary>
    public sealed class Batch : IDisposable
    {
        private readonly ArticleWriter _writer;
        private readonly List<ExtractedArticle> _articles = [];
        private readonly List<ImportOutcome> _outcomes = [];
        private bool _begun;
        private bool _isolated;
        private bool _done;

        internal bool Begun => _begun;

        internal bool Done => _done;

        internal Batch(ArticleWriter writer) => _writer = writer;

        /// <summary>Writes the article, or notes why it cannot be; its outcome comes with <see cref="Commit"/>.</summary>
        public void Add(ExtractedArticle article)
        {
            ObjectDisposedException.ThrowIf(_done, this);
            _articles.Add(article);
            try
            {
                _outcomes.Add(Write(article));
            }
            catch (Exception ex) when (!_isolated && ex is not OperationCanceledException && _writer.InTransaction())
            {
                // Undo the straight write and write the batch so far again, each article under its own savepoint.
                var sql = _writer.Open();
                _writer.RollBack(sql);
                sql.Begin.Execute();
                _isolated = true;
                _outcomes.Clear();
                foreach (var written in _articles)
                {
                    _outcomes.Add(Write(written));
                }
            }
        }

        /// <summary>One article, straight or under its own savepoint once the batch is isolated.</summary>
        private ImportOutcome Write(ExtractedArticle article)
        {
            if (article.Facts is null)
            {
                return Failed(article.Item, article.Error!);
            }
            var sql = _writer.Open();
            if (!_begun)
            {
                // IMMEDIATE takes the write lock at once, so the duplicate check cannot race another importer; a
                // second importer waits on the busy timeout, for no longer than one batch takes to write.
                sql.Begin.Execute();
                _begun = true;
            }
            return _isolated ? _writer.WriteIsolated(sql, article) : _writer.WriteOne(sql, article);
        }

        /// <summary>Commits the batch: one outcome per article, in the order added.</summary>
        public IReadOnlyList<ImportOutcome> Commit()
        {
            ObjectDisposedException.ThrowIf(_done, this);
            _done = true;
            if (!_begun)
            {
                return _outcomes;
            }
            var sql = _writer.Open();
            try
            {
                if (!_isolated)
                {
                    // The full-text rows last and together: a statement that may abort opens a statement savepoint,
                    // and the full-text index flushes its pending terms into a new segment at each savepoint.
                    for (var i = 0; i < _articles.Count; i++)
                    {
                        if (_outcomes[i].Status == ImportStatus.Imported)
                        {
                            sql.InsertSearch.Execute(_outcomes[i].ArticleId, _writer.SearchTerms(_articles[i]));
                        }
                    }
                }
                sql.Commit.Execute();
            }
            catch
            {
                _writer.RollBack(sql);
                throw;
            }
            _writer._checkpointer?.Request();
            return _outcomes;
        }

        /// <summary>Rolls back a batch that was not committed (an error or a cancellation stopped it).</summary>
        public void Dispose()
        {
            if (!_done && _begun)
            {
                _writer.RollBack(_writer.Open());
            }
            _done = true;
            _writer._open = null;
        }
    }

    private void RollBack(Statements sql)
    {
        // Some errors (a full disk, an I/O error) end the transaction themselves; ROLLBACK would then fail and hide them.
        if (InTransaction())
        {
            sql.Rollback.Execute();
        }
        facts.ForgetIds();
    }

    /// <summary>
    /// SQLite says whether a transaction is open (some errors end it themselves). A failed PostgreSQL transaction stays
    /// open, aborted, until rolled back, so there the writer's own state tells.
    /// </summary>
    private bool InTransaction() => db.Database.GetDbConnection() is SqliteConnection sqlite
        ? raw.sqlite3_get_autocommit(sqlite.Handle) == 0
        : _open is { Begun: true, Done: false };

    private ImportOutcome WriteIsolated(Statements sql, ExtractedArticle article)
    {
        sql.Savepoint.Execute();
        try
        {
            var outcome = WriteOne(sql, article);
            if (outcome.Status == ImportStatus.Imported)
            {
                sql.InsertSearch.Execute(outcome.ArticleId, SearchTerms(article));
            }
            sql.Release.Execute();
            return outcome;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            sql.RollbackToSavepoint.Execute();
            sql.Release.Execute();
            facts.ForgetIds();
            return Failed(article.Item, ex.GetType().Name + ": " + ex.Message);
        }
    }

    /// <summary>The article's row and facts; its full-text row is the caller's.</summary>
    private ImportOutcome WriteOne(Statements sql, ExtractedArticle article)
    {
        var (item, extracted) = (article.Item, article.Facts!);
        if (sql.FindArticle.Scalar(extracted.ContentHash) is { } existing)
        {
            return new ImportOutcome(item.Origin, ImportStatus.Skipped, Convert.ToInt32(existing, CultureInfo.InvariantCulture), "already present");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        // The source's date, else the one the page states (the pipeline resolved the article's dates against it).
        var publishedAt = item.PublishedAt ?? extracted.PublishedAt;
        var id = Convert.ToInt32(sql.InsertArticle.Scalar(extracted.Article.Title, item.Source ?? extracted.Article.Byline,
            extracted.Article.Byline, extracted.Article.Dateline, item.Url, publishedAt, now, now, extracted.Article.Text,
            item.Text, extracted.ContentHash, article.RemovedJson), CultureInfo.InvariantCulture);
        facts.Write(id, publishedAt, extracted, now);
        return new ImportOutcome(item.Origin, ImportStatus.Imported, id, null);
    }

    /// <summary>The terms as the full-text table takes them: FTS5 reads the text, PostgreSQL a tsvector literal.</summary>
    private string? SearchTerms(ExtractedArticle article) =>
        db.Database.IsSqlite() ? article.SearchTerms : Data.Postgres.PostgresSearch.Vector(article.SearchTerms ?? "");

    private static ImportOutcome Failed(ImportItem item, string reason) => new(item.Origin, ImportStatus.Failed, null, reason);

    private Statements Open()
    {
        if (_sql is null)
        {
            // Opened through EF so the connection gets the pragmas of SqlitePragmaInterceptor (busy timeout, synchronous).
            db.Database.OpenConnection();
            if (!db.Database.IsSqlite())
            {
                _sql = new Statements(db.Database.GetDbConnection());
                return _sql;
            }
            // Each article's savepoint keeps the pages it changes in a sub-journal; in a temp file that was a write
            // system call per page, in memory it is a copy.
            db.Database.ExecuteSqlRaw("PRAGMA temp_store = MEMORY");
            // The indexes an import updates (content hash, mentions, full-text segments) outgrow SQLite's default 2 MB
            // page cache early; 64 MB keeps their upper levels in memory at a million articles, within the 400 MB budget.
            db.Database.ExecuteSqlRaw("PRAGMA cache_size = -65536");
            // A checkpoint copies every page changed since the last one into the database file, at the commit that
            // crosses the limit. At SQLite's default of 1,000 pages (4 MB) an import checkpointed every other batch,
            // copying the same index pages again each time; at 64 MB the WAL gathers more rewrites of each page
            // between copies (COMMIT 1.3-1.5 s -> 0.8 s of a 10k import's writer time, measured). With a checkpointer
            // in the background the writer's own is a bound only, for when that one falls behind: 256 MB.
            if (_checkpointLogger is not null)
            {
                db.Database.ExecuteSqlRaw("PRAGMA wal_autocheckpoint = 65536");
                _checkpointer = new WalCheckpointer(db.Database.GetConnectionString()!, _checkpointLogger);
            }
            else
            {
                db.Database.ExecuteSqlRaw("PRAGMA wal_autocheckpoint = 16384");
            }
            // A second importer's BEGIN IMMEDIATE waits for the first's batch, which stays open while its articles are
            // extracted: on a loaded two-core machine one 300-article batch outlasted the connections' 10 s and the
            // second import failed whole (CrashSafetyTests). The writer waits as long as a batch may take.
            db.Database.ExecuteSqlRaw("PRAGMA busy_timeout = 300000");
            _sql = new Statements(db.Database.GetDbConnection());
        }
        return _sql;
    }

    public void Dispose()
    {
        _checkpointer?.Dispose();
        _sql?.Dispose();
    }

    private sealed class Statements(System.Data.Common.DbConnection connection) : IDisposable
    {
        // SQLite's IMMEDIATE takes the database's write lock at once. On PostgreSQL, where several processes (two
        // machines importing feeds, API replicas taking POSTs) write to one database, a transaction-scoped advisory lock
        // does the same: writing transactions take turns, so the duplicate check and the merge lookup always see every
        // article and incident committed before them, and an article is never stored twice nor an incident split.
        // Extraction, the costly part, still runs in every process at once; the lock goes with the commit or rollback.
        public SqlStatement Begin { get; } = SqlStatement.Prepare(connection, connection is SqliteConnection
            ? "BEGIN IMMEDIATE"
            : "BEGIN; " + Data.Postgres.PostgresWriteLock.Take);
        public SqlStatement Commit { get; } = SqlStatement.Prepare(connection, "COMMIT");
        public SqlStatement Rollback { get; } = SqlStatement.Prepare(connection, "ROLLBACK");
        public SqlStatement Savepoint { get; } = SqlStatement.Prepare(connection, "SAVEPOINT article");
        public SqlStatement Release { get; } = SqlStatement.Prepare(connection, "RELEASE article");
        public SqlStatement RollbackToSavepoint { get; } = SqlStatement.Prepare(connection, "ROLLBACK TO article");

        public SqlStatement FindArticle { get; } = SqlStatement.Prepare(connection, "SELECT Id FROM articles WHERE ContentHash = $hash", "$hash");

        public SqlStatement InsertArticle { get; } = SqlStatement.Prepare(connection, """
            INSERT INTO articles (Title, Source, Byline, Dateline, Url, PublishedAt, ImportedAt, UpdatedAt, Text, RawText, ContentHash, RemovedJson)
            VALUES ($title, $source, $byline, $dateline, $url, $published, $imported, $updated, $text, $raw, $hash, $removed) RETURNING Id
            """,
            "$title", "$source", "$byline", "$dateline", "$url", "$published", "$imported", "$updated", "$text", "$raw", "$hash", "$removed");

        public SqlStatement InsertSearch { get; } = SqlStatement.Prepare(connection, connection is SqliteConnection
            ? "INSERT INTO article_search (rowid, terms) VALUES ($id, $terms)"
            : Data.Postgres.PostgresSearch.Insert, "$id", "$terms");

        public void Dispose()
        {
            foreach (var statement in new[] { Begin, Commit, Rollback, Savepoint, Release, RollbackToSavepoint, FindArticle, InsertArticle, InsertSearch })
            {
                statement.Dispose();
            }
        }
    }
}
