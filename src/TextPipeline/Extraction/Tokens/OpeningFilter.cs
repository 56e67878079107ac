namespace NewsFacts.TextPipeline.Extraction;

/// <summary>
/// The two-letter openings of a set of words, as bits: most words of a text open no word of a given set, and one bit
/// test turns them away before any hashing and dictionary probe. A bit is the letters' low six bits, which tell apart
/// every letter of the Arabic block's letter range (U+0620-U+065F); other characters may share a bit with an Arabic
/// letter. That only costs a probe: a set bit proves nothing, the caller's dictionary decides. A word shorter than two
/// letters has no opening: such words pass when one was added.
/// </summary>
internal sealed class OpeningFilter
{
    private readonly ulong[] _bits = new ulong[64];
    private bool _hasShortWords;

    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            _hasShortWords = true;
            return;
        }
        var bit = Bit(word);
        _bits[bit >> 6] |= 1UL << (bit & 63);
    }

    /// <summary>False when no word added opens like <paramref name="word"/>, so none can equal it or start it.</summary>
    public bool MayOpen(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return _hasShortWords;
        }
        var bit = Bit(word);
        return (_bits[bit >> 6] & 1UL << (bit & 63)) != 0;
    }

    private static int Bit(ReadOnlySpan<char> word) => (word[0] & 63) << 6 | word[1] & 63;
}
