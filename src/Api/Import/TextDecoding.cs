using System.Text;

namespace NewsFacts.Api.Import;

/// <summary>Decodes file bytes. (Initial version: strict UTF-8 only.)</summary>
public static class TextDecoding
{
    public static (string? Text, string? Error) Decode(byte[] bytes)
    {
        try
        {
            return (new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "not valid UTF-8 text");
        }
    }
}
