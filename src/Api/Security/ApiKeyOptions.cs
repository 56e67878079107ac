namespace NewsFacts.Api.Security;

/// <summary>
/// The keys that may write. They come from the environment or a secret store (<c>Auth__ApiKeys__0=...</c>), never
/// from a file in the repository. No key configured means writes are disabled, never open.
/// </summary>
public sealed class ApiKeyOptions
{
    public const string SectionName = "Auth";

    /// <summary>Each at least <see cref="MinimumLength"/> characters; blank entries are ignored.</summary>
    public string[] ApiKeys { get; set; } = [];

    public const int MinimumLength = 16;

    public IEnumerable<string> ConfiguredKeys => ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k));
}
