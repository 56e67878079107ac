namespace NewsFacts.TextPipeline.Decoding;

/// <summary>The outcome of decoding a file: either <see cref="Text"/> and <see cref="Encoding"/>, or an <see cref="Error"/>.</summary>
/// <param name="Text">The decoded text, without a byte order mark; null on error.</param>
/// <param name="Encoding">"utf-8", "utf-16le", "utf-16be" or "windows-1256"; null on error.</param>
/// <param name="Error">Why the bytes were refused, in words fit for an import log; null on success.</param>
public sealed record DecodeResult(string? Text, string? Encoding, string? Error)
{
    public bool Succeeded => Error is null;

    internal static DecodeResult Ok(string text, string encoding) => new(text, encoding, null);

    internal static DecodeResult Fail(string error) => new(null, null, error);
}
