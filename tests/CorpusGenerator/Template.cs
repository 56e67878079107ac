using System.Text;
using System.Text.RegularExpressions;

namespace NewsFacts.CorpusGenerator;

public enum SlotKind { Text, Place, Country, Actor, Number, Year, Weapon, Month, Weekday }

/// <summary>A sentence with its names, numbers and dates cut out as slots to refill.</summary>
public sealed record Template(IReadOnlyList<(SlotKind Kind, string Text)> Parts)
{
    public static Template Parse(string sentence, Regex pattern, IReadOnlyDictionary<string, SlotKind> slots)
    {
        var parts = new List<(SlotKind, string)>();
        var at = 0;
        foreach (Match match in pattern.Matches(sentence))
        {
            parts.Add((SlotKind.Text, sentence[at..match.Index]));
            var kind = match.Groups["number"].Success
                ? match.Value.Length == 4 && (match.Value.StartsWith("19", StringComparison.Ordinal) || match.Value.StartsWith("20", StringComparison.Ordinal)) ? SlotKind.Year : SlotKind.Number
                : slots[match.Value];
            parts.Add((kind, match.Value));
            at = match.Index + match.Length;
        }
        parts.Add((SlotKind.Text, sentence[at..]));
        return new Template(parts);
    }

    /// <summary>A hand-written template: {P} place, {C} country, {A} actor, {N} number, {Y} year, {W} weapon, {M} month, {D} weekday.</summary>
    public static Template FromBraces(string text)
    {
        var parts = new List<(SlotKind, string)>();
        var literal = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{' && i + 2 < text.Length && text[i + 2] == '}')
            {
                parts.Add((SlotKind.Text, literal.ToString()));
                literal.Clear();
                parts.Add((text[i + 1] switch
                {
                    'P' => SlotKind.Place, 'C' => SlotKind.Country, 'A' => SlotKind.Actor, 'N' => SlotKind.Number,
                    'Y' => SlotKind.Year, 'W' => SlotKind.Weapon, 'M' => SlotKind.Month, _ => SlotKind.Weekday,
                }, ""));
                i += 2;
            }
            else
            {
                literal.Append(text[i]);
            }
        }
        parts.Add((SlotKind.Text, literal.ToString()));
        return new Template(parts);
    }
}
