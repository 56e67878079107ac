using System.Text;
using NewsFacts.TextPipeline.Decoding;

namespace NewsFacts.TextPipeline.Tests;

public class TextDecoderTests
{
    private const string Arabic = "استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية، وأعلنت خلية الإعلام الأمني أن الدفاعات أسقطتهما.\n“لا إصابات” بحسب المتحدث؟";

    private static readonly Encoding Windows1256 = CodePagesEncodingProvider.Instance.GetEncoding(1256)!;

    [Fact]
    public void DecodesUtf8WithoutBom()
    {
        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes(Arabic));
        result.ShouldBe(new DecodeResult(Arabic, "utf-8", null));
    }

    [Fact]
    public void DecodesUtf8WithBomAndDropsIt()
    {
        var result = TextDecoder.Decode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Arabic)).ToArray());
        result.Text.ShouldBe(Arabic);
        result.Encoding.ShouldBe("utf-8");
    }

    [Fact]
    public void DecodesUtf16LittleEndianWithBom()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Arabic)).ToArray();
        TextDecoder.Decode(bytes).ShouldBe(new DecodeResult(Arabic, "utf-16le", null));
    }

    [Fact]
    public void DecodesUtf16BigEndianWithBom()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Arabic)).ToArray();
        TextDecoder.Decode(bytes).ShouldBe(new DecodeResult(Arabic, "utf-16be", null));
    }

    [Fact]
    public void DecodesWindows1256Arabic()
    {
        const string legacy = "استهدفت طائرتان مسيرتان قاعدة عين الأسد الجوية، وأعلنت خلية الإعلام الأمني أن الدفاعات أسقطتهما.";
        var result = TextDecoder.Decode(Windows1256.GetBytes(legacy));
        result.ShouldBe(new DecodeResult(legacy, "windows-1256", null));
    }

    [Fact]
    public void AsciiIsUtf8() => TextDecoder.Decode("Ain al-Asad, 2024."u8).Encoding.ShouldBe("utf-8");

    [Fact]
    public void RefusesUtf8TruncatedInsideAnArabicLetter()
    {
        var firstByteOfTeh = Encoding.UTF8.GetBytes("ت")[..1];
        var truncated = Encoding.UTF8.GetBytes("قاعدة عين الأسد تعرضت لهجوم").Concat(firstByteOfTeh).ToArray();
        var result = TextDecoder.Decode(truncated);
        result.Text.ShouldBeNull();
        result.Error.ShouldNotBeNull().ShouldContain("neither valid UTF-8");
    }

    [Fact]
    public void RefusesUtf8ArabicWithACutLetterInTheMiddle()
    {
        var bytes = Encoding.UTF8.GetBytes(Arabic);
        var cut = bytes[..21].Concat(bytes[22..]).ToArray();
        TextDecoder.Decode(cut).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void RefusesPng()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var result = TextDecoder.Decode(png);
        result.Error.ShouldNotBeNull().ShouldContain("PNG");
        result.Encoding.ShouldBeNull();
    }

    [Fact]
    public void RefusesNulBytes()
    {
        var bytes = Encoding.UTF8.GetBytes("قاعدة\0عين الأسد");
        TextDecoder.Decode(bytes).Error.ShouldNotBeNull().ShouldContain("NUL");
    }

    [Fact]
    public void RefusesUtf16WithoutBom() =>
        TextDecoder.Decode(Encoding.Unicode.GetBytes("قاعدة عين الأسد")).Succeeded.ShouldBeFalse();

    [Fact]
    public void RefusesManyControlCharacters()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        TextDecoder.Decode(bytes).Error.ShouldNotBeNull().ShouldContain("control");
    }

    [Fact]
    public void RefusesLatinTextInAnotherCodePage()
    {
        var latin1 = Encoding.Latin1.GetBytes("Le déploiement à la base aérienne a été confirmé par l'état-major à Bagdad, également.");
        TextDecoder.Decode(latin1).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void RefusesEmptyInput() => TextDecoder.Decode([]).Error.ShouldNotBeNull().ShouldContain("empty");

    [Fact]
    public void DecodesTheSeedFiles()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.txt"))
        {
            var result = TextDecoder.Decode(File.ReadAllBytes(file));
            result.Encoding.ShouldBe("utf-8", file);
            result.Text.ShouldBe(File.ReadAllText(file));
        }
    }
}
