namespace NewsFacts.Api.Import;

/// <summary>One article read from an import source, or the reason it could not be read.</summary>
/// <param name="Origin">Where it came from: a file path, with ":line" for JSON Lines.</param>
public sealed record ImportItem(
    string Origin,
    string? Text,
    string? Title = null,
    string? Url = null,
    string? Source = null,
    DateOnly? PublishedAt = null,
    string? Error = null)
{
    public static ImportItem Failed(string origin, string error) => new(origin, null, Error: error);
}

public enum ImportStatus { Imported, Skipped, Failed }

/// <summary>What happened to one item.</summary>
public sealed record ImportOutcome(string Origin, ImportStatus Status, int? ArticleId, string? Reason);

/// <summary>The counts of a whole run.</summary>
public sealed record ImportSummary(int Imported, int Skipped, int Failed, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"imported {Imported}, skipped {Skipped} (already present), failed {Failed}, elapsed {Elapsed.TotalSeconds:0.00}s";
}
