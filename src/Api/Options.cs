namespace NewsFacts.Api;

/// <summary>Where NewsFacts keeps its files and what it does on start.</summary>
public sealed class NewsFactsOptions
{
    public const string SectionName = "NewsFacts";

    /// <summary>The data folder (lexicons, seed articles, the default database). Null: found by looking for data/lexicons
    /// upward from the working directory, then from the application folder, so the repo root, src/Api and a published
    /// folder all resolve the same.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Import every article under data/articles on start when the database holds none.</summary>
    public bool SeedOnStartup { get; set; } = true;

    /// <summary>Serve Swagger UI at /swagger and the document at /swagger/v1/swagger.json.</summary>
    public bool EnableSwagger { get; set; } = true;

    /// <summary>Serve the explorer page at / (map, timeline, filters, each incident with its evidence): static files that
    /// call the public API like any other client.</summary>
    public bool EnableExplorer { get; set; } = true;

    /// <summary>Extract and store facts on import. Off, articles are only cleaned and stored: the baseline that
    /// tests/perf/import.sh measures extraction against. Not for production use.</summary>
    public bool ExtractFacts { get; set; } = true;

    /// <summary>Articles run through the pipeline at once during an import. Null: one per processor.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 256)]
    public int? ImportWorkers { get; set; }

    /// <summary>Articles an import stores per transaction. A crash loses at most the batch in flight, which a rerun
    /// imports again (the import is idempotent); each article still goes in whole or not at all.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000)]
    public int ImportBatchSize { get; set; } = 500;

    /// <summary>Pipeline time one article may take (import, POST /api/articles, extract). An article over it is failed
    /// with the reason, the import goes on and a POST answers 422: a hostile page costs at most this much of a core.
    /// Real articles take about a millisecond; the budget is for what no article should be.</summary>
    [System.ComponentModel.DataAnnotations.Range(typeof(TimeSpan), "00:00:00.0000001", "01:00:00")]
    public TimeSpan ArticleTimeBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Memory for finished API responses, reused until the database changes (see ResponseCache). 0 turns the
    /// cache off.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 4096)]
    public int ResponseCacheMegabytes { get; set; } = 64;

    /// <summary>Serve GET /perf/baseline, the fixed-body endpoint tests/perf/load.sh compares the API with.</summary>
    public bool EnableBaselineEndpoint { get; set; }
}
