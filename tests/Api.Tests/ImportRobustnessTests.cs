using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Import;

namespace NewsFacts.Api.Tests;

/// <summary>A corpus of bad inputs generated per test: each bad item is reported with its reason, every good item goes in.</summary>
public sealed class ImportRobustnessTests : IDisposable
{
    private readonly NewsFactsFactory _factory = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("newsfacts-robust-").FullName;

    public ImportRobustnessTests() => _factory.CreateClient();

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static string Sample(string prefix) => File.ReadAllText(Directory.GetFiles(NewsFactsFactory.SamplesDirectory, prefix + "*")[0]);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    /// <summary>What the importer says about each item, through the same reader and importer the job uses.</summary>
    private async Task<List<ImportOutcome>> OutcomesAsync(params string[] paths)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<ArticleImporter>();
        var outcomes = new List<ImportOutcome>();
        foreach (var item in _factory.Services.GetRequiredService<ArticleSourceReader>().Read(paths))
        {
            outcomes.Add(await importer.ImportAsync(item, CancellationToken.None));
        }
        return outcomes;
    }

    [Fact]
    public async Task EveryBadItemIsReportedWithItsReasonAndEveryGoodOneIsImported()
    {
        Write("good.txt", Sample("000"));
        Write("empty.txt", "");
        Write("whitespace.txt", " \n\t\r\n   \n");
        Write("image.txt", [0x89, .. "PNG\r\n\x1a\n"u8, 0, 0, 0, 13, .. "IHDR"u8, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66]);
        using (var huge = File.Create(Path.Combine(_dir, "huge.txt")))
        {
            huge.SetLength(50L * 1024 * 1024);
        }
        Write("truncated.txt", TruncateInsideACharacter(Encoding.UTF8.GetBytes(Sample("002"))));
        Write("nul.txt", Sample("003").Insert(200, "\0"));
        Write("latin.txt", "This page is all English text and has no Arabic article in it at all, only Latin letters and 2024.");
        Write("no-article.html", "<html><head><title>صفحة</title></head><body><nav><a href='/'>الرئيسية</a></nav><div>لا شيء هنا</div></body></html>");
        Write("batch.jsonl", string.Join("\n",
            JsonSerializer.Serialize(new { text = Sample("001"), publishedAt = "2024-08-07" }),
            "{\"text\": \"unterminated",
            "{\"title\": \"no text here\"}",
            JsonSerializer.Serialize(new { text = new string('ب', 5 * 1024 * 1024) }),
            "[1, 2, 3]",
            JsonSerializer.Serialize(new { text = Sample("004"), publishedAt = "2021-03-01T10:00:00Z" })));

        var summary = await _factory.ImportAsync(_dir);

        summary.Imported.ShouldBe(3);
        summary.Failed.ShouldBe(12);
        summary.Skipped.ShouldBe(0);

        var outcomes = await OutcomesAsync(_dir);
        outcomes.Count.ShouldBe(15);
        outcomes.Count(o => o.Status == ImportStatus.Skipped).ShouldBe(3);
        var failures = outcomes.Where(o => o.Status == ImportStatus.Failed).ToDictionary(o => Path.GetFileName(o.Origin), o => o.Reason!);
        failures.Keys.ShouldBe(
            ["batch.jsonl:2", "batch.jsonl:3", "batch.jsonl:4", "batch.jsonl:5", "empty.txt", "huge.txt", "image.txt", "latin.txt",
             "no-article.html", "nul.txt", "truncated.txt", "whitespace.txt"],
            ignoreOrder: true);
        failures.Values.ShouldAllBe(reason => reason.Length > 5);
        failures["huge.txt"].ShouldContain("limit");
        failures["batch.jsonl:2"].ShouldContain("invalid JSON");
        failures["batch.jsonl:3"].ShouldContain("text");
        failures["batch.jsonl:4"].ShouldContain("limit");
        failures["nul.txt"].ShouldContain("NUL");
        failures["latin.txt"].ShouldContain("Arabic");
        failures["no-article.html"].ShouldContain("no article");
    }

    private static byte[] TruncateInsideACharacter(byte[] utf8)
    {
        // Cut after the lead byte of the last multi-byte character, leaving it incomplete.
        var lead = Array.FindLastIndex(utf8, b => b >= 0xC0);
        return utf8[..(lead + 1)];
    }

    [Fact]
    public async Task Utf16AndWindows1256FilesAreImported()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Write("utf16le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample("000"))]);
        Write("utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Sample("001"))]);
        Write("windows-1256.txt", Encoding.GetEncoding(1256).GetBytes(Sample("002")));

        var summary = await _factory.ImportAsync(_dir);

        summary.Imported.ShouldBe(3);
        summary.Failed.ShouldBe(0);
    }
}
