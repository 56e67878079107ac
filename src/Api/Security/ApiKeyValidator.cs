using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NewsFacts.Api.Security;

/// <summary>
/// Checks a presented key against the configured ones in constant time. Both sides are hashed to SHA-256 first, so
/// FixedTimeEquals always compares 32 bytes and a wrong guess never returns early on a length mismatch; every
/// configured key is compared, so the time does not reveal which one matched either.
/// </summary>
public sealed class ApiKeyValidator
{
    private readonly byte[][] _keyHashes;

    public ApiKeyValidator(IOptions<ApiKeyOptions> options) =>
        _keyHashes = options.Value.ConfiguredKeys.Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k))).ToArray();

    public bool WritesEnabled => _keyHashes.Length > 0;

    public bool IsValid(string? presented)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented ?? ""));
        var match = false;
        foreach (var key in _keyHashes)
        {
            match |= CryptographicOperations.FixedTimeEquals(hash, key);
        }
        return match;
    }
}
