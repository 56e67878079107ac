using NewsFacts.TextPipeline.Normalization;

namespace NewsFacts.TextPipeline.Tests;

public class ArabicNormalizerTests
{
    // ---- match key: one fact per folding rule, on a real word ----

    [Fact]
    public void FoldsAlefWithHamzaAbove() => ArabicNormalizer.Fold("الأميركية").ShouldBe("الاميركيه");

    [Fact]
    public void FoldsAlefWithHamzaBelow() => ArabicNormalizer.Fold("إيران").ShouldBe("ايران");

    [Fact]
    public void FoldsAlefWithMadda() => ArabicNormalizer.Fold("آذار").ShouldBe("اذار");

    [Fact]
    public void FoldsAlefWasla() => ArabicNormalizer.Fold("\u0671لعراق").ShouldBe("العراق");

    [Fact]
    public void FoldsAlefMaksuraToYeh() => ArabicNormalizer.Fold("مستشفى").ShouldBe("مستشفي");

    [Fact]
    public void FoldsFarsiYehAndKeheh() => ArabicNormalizer.Fold("\u06A9ر\u06CC").ShouldBe("كري");

    [Fact]
    public void FoldsTehMarbutaToHeh() => ArabicNormalizer.Fold("قاعدة").ShouldBe("قاعده");

    [Fact]
    public void FoldsWawWithHamza() => ArabicNormalizer.Fold("مسؤول").ShouldBe("مسوول");

    [Fact]
    public void FoldsYehWithHamza() => ArabicNormalizer.Fold("طائرة").ShouldBe("طايره");

    [Fact]
    public void DropsShaddaFromMatchKey() => ArabicNormalizer.Fold("مسيّرتين").ShouldBe("مسيرتين");

    [Theory]
    [InlineData("دفاعاً", "دفاعا")]
    [InlineData("مُسَيَّرَةٌ", "مسيره")]
    [InlineData("هٰذا", "هذا")]
    [InlineData("الْقَاعِدَةِ", "القاعده")]
    [InlineData("أمريكيٍّ", "امريكي")]
    public void DropsEveryHarakaAndSuperscriptAlef(string word, string key) => ArabicNormalizer.Fold(word).ShouldBe(key);

    [Fact]
    public void DropsTatweel() => ArabicNormalizer.Fold("العـــراق").ShouldBe("العراق");

    [Fact]
    public void FoldsArabicIndicDigits() => ArabicNormalizer.Fold("٢٥٠٠ جندي").ShouldBe("2500 جندي");

    [Fact]
    public void FoldsPersianDigits() => ArabicNormalizer.Fold("۱۹۸۰").ShouldBe("1980");

    [Fact]
    public void FoldsTheDigitsOfOtherScripts() => ArabicNormalizer.Fold("߁߂ شباط ٢٠٢٤ ०९").ShouldBe("12 شباط 2024 09");

    [Fact]
    public void ADateWrittenInNkoDigitsIsReadNotThrown() =>
        Should.NotThrow(() => Extraction.DateExtractor.Extract("في ߀/2/2024 و202߇-٠٥-٢٨", new DateOnly(2024, 8, 7)));

    [Fact]
    public void LowercasesLatin() => ArabicNormalizer.Fold("KH CENTCOM Éte").ShouldBe("kh centcom éte");

    [Fact]
    public void FoldsLamAlefLigatureByNfkc() => ArabicNormalizer.Fold("\uFEFB").ShouldBe("لا");

    [Fact]
    public void FoldsPresentationFormLetters() => ArabicNormalizer.Fold("\uFEE3\uFEB4\uFEF4\uFEAE\uFE93").ShouldBe("مسيره");

    [Fact]
    public void KeepsWordsOfAMultiWordLigatureApart() => ArabicNormalizer.Fold("\uFDFA").Split(' ').Length.ShouldBe(4);

    [Fact]
    public void DropsIsolatedHarakaFormsWithTheirSpace() => ArabicNormalizer.Fold("قوة\uFE7C").ShouldBe("قوه");

    [Fact]
    public void LeavesLatinDigitsAndPunctuationAlone() => ArabicNormalizer.Fold("2.5 km, (KH)").ShouldBe("2.5 km, (kh)");

    // ---- display: invisible marks go, text stays as written ----

    [Fact]
    public void DisplayRemovesZeroWidthAndDirectionMarks() =>
        ArabicNormalizer.ToDisplay("\u200Fعين\u200C الأسد\u200E\u202B\u202C\uFEFF\u061C").ShouldBe("عين الأسد");

    [Fact]
    public void DisplayKeepsDiacriticsHamzaAndCurlyQuotes() =>
        ArabicNormalizer.ToDisplay("كتائب “سيّد الشهداء”").ShouldBe("كتائب “سيّد الشهداء”");

    [Fact]
    public void DisplayCollapsesSpacesTabsAndNoBreakSpaces() =>
        ArabicNormalizer.ToDisplay("  قاعدة\t\tعين\u00A0\u00A0 الأسد  ").ShouldBe("قاعدة عين الأسد");

    [Fact]
    public void DisplayKeepsAtMostOneBlankLineAndDropsLineEndSpaces() =>
        ArabicNormalizer.ToDisplay("الفقرة الأولى   \r\n\r\n \r\n\r\n  الفقرة الثانية\n\n").ShouldBe("الفقرة الأولى\n\nالفقرة الثانية");

    [Fact]
    public void DisplayComposesToNfc() => ArabicNormalizer.ToDisplay("ا\u0654").ShouldBe("أ");

    [Fact]
    public void DisplayReordersTwoHarakatToNfc() =>
        // Shadda (combining class 33) before fatha (30): NFC puts the fatha first, as it does in "سيّد" typed either way.
        ArabicNormalizer.ToDisplay("سي\u0651\u064Eد").ShouldBe("سي\u064E\u0651د");

    [Fact]
    public void DisplayLeavesASingleHarakaAfterALetter() => ArabicNormalizer.ToDisplay("أيضاً").ShouldBe("أيضاً");

    /// <summary>
    /// The display form skips ICU for text it knows NFC leaves alone (Latin-1, general punctuation, the Arabic block
    /// with no composing mark and no two marks in a row). Every such character, alone, after each kind of letter, and
    /// every pair of Arabic-block characters after a letter, must come out as if NFC had run.
    /// </summary>
    [Fact]
    public void DisplaySkipsNfcOnlyWhereNfcChangesNothing()
    {
        var singles = Enumerable.Range(0x20, 0x300 - 0x20).Concat(Enumerable.Range(0x0600, 0x100)).Concat(Enumerable.Range(0x2002, 0x206F - 0x2002 + 1))
            .Select(c => (char)c).ToList();
        var arabic = Enumerable.Range(0x0600, 0x100).Select(c => (char)c).ToList();
        var cases = new List<string>();
        foreach (var c in singles)
        {
            cases.AddRange([c.ToString(), "ا" + c, "و" + c, "ي" + c, "ە" + c, "e" + c]);
        }
        foreach (var first in arabic)
        {
            cases.AddRange(arabic.Select(second => "ا" + first + second));
        }
        var wrong = cases.Where(s => ArabicNormalizer.ToDisplay(s) != ArabicNormalizer.ToDisplay(s.Normalize(System.Text.NormalizationForm.FormC)))
            .Select(s => string.Join(' ', s.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public void DisplayDropsControlCharacters() => ArabicNormalizer.ToDisplay("عين\u0007 الأسد").ShouldBe("عين الأسد");

    // ---- empty, idempotence ----

    [Fact]
    public void EmptyStaysEmpty()
    {
        ArabicNormalizer.ToDisplay("").ShouldBe("");
        ArabicNormalizer.Fold("").ShouldBe("");
        ArabicNormalizer.ToMatchKey("").ToDisplaySpan(0, 0).Text.ShouldBe("");
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    public void NormalizingTwiceEqualsOnce(string id)
    {
        var raw = RepoFiles.Sample(id) + "\u200F\uFEFB\u0640 ٢٠٢٤ \r\n\r\n\r\n";
        var display = ArabicNormalizer.ToDisplay(raw);
        ArabicNormalizer.ToDisplay(display).ShouldBe(display);
        var key = ArabicNormalizer.Fold(raw);
        ArabicNormalizer.Fold(key).ShouldBe(key);
    }

    // ---- offset map ----

    [Fact]
    public void MapsKeySpanBackToDisplayIncludingTrailingDiacritics()
    {
        var key = ArabicNormalizer.ToMatchKey("طائرتين مسيّرتين");
        var at = key.Key.IndexOf("مسيرتين", StringComparison.Ordinal);
        key.ToDisplaySpan(at, "مسيرتين".Length).Text.ShouldBe("مسيّرتين");
    }

    [Fact]
    public void MapsKeySpanInsideVowelledTextBackToTheVowelledWords()
    {
        const string display = "استهدفت طائرةٌ مُسَيَّرَةٌ قاعدةَ عين الأسد";
        var key = ArabicNormalizer.ToMatchKey(display);
        var at = key.Key.IndexOf("طايره مسيره", StringComparison.Ordinal);
        var span = key.ToDisplaySpan(at, "طايره مسيره".Length);
        span.Text.ShouldBe("طائرةٌ مُسَيَّرَةٌ");
        display.Substring(span.Start, span.Length).ShouldBe(span.Text);
    }

    [Fact]
    public void MapsKeySpanAcrossTatweelAndLigature()
    {
        const string display = "العـــراق \uFEFB يقبل";
        var key = ArabicNormalizer.ToMatchKey(display);
        key.Key.ShouldBe("العراق لا يقبل");
        key.ToDisplaySpan(0, "العراق".Length).Text.ShouldBe("العـــراق");
        key.ToDisplaySpan(key.Key.IndexOf("لا", StringComparison.Ordinal), 2).Text.ShouldBe("\uFEFB");
    }

    [Fact]
    public void KeyOffsetsEndAtDisplayLength()
    {
        var key = ArabicNormalizer.ToMatchKey("قاعدةٌ");
        key.ToDisplayOffset(key.Key.Length).ShouldBe("قاعدةٌ".Length);
    }
}
