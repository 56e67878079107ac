using System.ComponentModel.DataAnnotations;

namespace NewsFacts.Api.Security;

/// <summary>
/// The keys that may write. They come from the environment or a secret store (<c>Auth__ApiKeys__0=...</c>), never
/// from a file in the repository. No key configured means writes are disabled, never open.
/// </summary>
public sealed class ApiKeyOptions : IValidatableObject
{
    public const string SectionName = "Auth";

    /// <summary>Each at least <see cref="MinimumLength"/> characters; blank entries are ignored.</summary>
    public string[] ApiKeys { get; set; } = [];

    public const int MinimumLength = 16;

    public IEnumerable<string> ConfiguredKeys => ApiKeys.Where(k => !string.IsNullOrWhiteSpace(k));

    /// <summary>A short key is refused by its position, never by its value: the line goes to a log.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < ApiKeys.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(ApiKeys[i]) && ApiKeys[i].Length < MinimumLength)
            {
                yield return new ValidationResult(
                    $"the key is {ApiKeys[i].Length} characters long; an API key needs at least {MinimumLength}. "
                    + $"Set a longer random one, e.g. Auth__ApiKeys__{i}=\"$(openssl rand -hex 24)\".",
                    [$"ApiKeys:{i}"]);
            }
        }
    }
}
