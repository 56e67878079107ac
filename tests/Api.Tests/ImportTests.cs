using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Tests;

public sealed class ImportTests : IDisposable
{
    private readonly NewsFactsFactory _factory = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("newsfacts-import-").FullName;

    public ImportTests() => _factory.CreateClient();

    public void Dispose()
    {
        _factory.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task<(int Articles, int Incidents, int Mentions)> CountsAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        return (await db.Articles.CountAsync(), await db.Incidents.CountAsync(), await db.ActorMentions.CountAsync() + await db.DateMentions.CountAsync());
    }

    [Fact]
    public async Task ImportingTheSameCorpusTwiceLeavesTheSameRows()
    {
        var first = await _factory.ImportSeedsAsync();
        var before = await CountsAsync();
        var second = await _factory.ImportSeedsAsync();
        second.Imported.ShouldBe(0);
        second.Skipped.ShouldBe(first.Imported);
        (await CountsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task ABrokenJsonLineIsReportedAndTheOthersGoIn()
    {
        var article = File.ReadAllText(Path.Combine(NewsFactsFactory.SamplesDirectory, Directory.GetFiles(NewsFactsFactory.SamplesDirectory, "001*")[0]));
        var other = File.ReadAllText(Directory.GetFiles(NewsFactsFactory.SamplesDirectory, "004*")[0]);
        var lines = new[]
        {
            System.Text.Json.JsonSerializer.Serialize(new { text = article, source = "عراقيون", publishedAt = "2024-08-07" }),
            "{\"text\": \"unterminated",
            "{\"title\": \"no text here\"}",
            System.Text.Json.JsonSerializer.Serialize(new { text = other, publishedAt = "2021-03-01T10:00:00Z" }),
        };
        var file = Path.Combine(_dir, "batch.jsonl");
        await File.WriteAllLinesAsync(file, lines);

        var summary = await _factory.ImportAsync(file);

        summary.Imported.ShouldBe(2);
        summary.Failed.ShouldBe(2);
        (await CountsAsync()).Articles.ShouldBe(2);
    }

    [Fact]
    public async Task EmptyAndMissingFilesFailWithoutStoppingTheRun()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "empty.txt"), "");
        await File.WriteAllTextAsync(Path.Combine(_dir, "spaces.txt"), "   \n\n  ");
        await File.WriteAllTextAsync(Path.Combine(_dir, "latin.txt"), "This page is all English text and has no Arabic article in it at all.");
        File.Copy(Directory.GetFiles(NewsFactsFactory.SamplesDirectory, "002*")[0], Path.Combine(_dir, "good.txt"));

        var summary = await _factory.ImportAsync(_dir, Path.Combine(_dir, "missing.txt"));

        summary.Imported.ShouldBe(1);
        summary.Failed.ShouldBe(4);
    }

    [Fact]
    public async Task HtmlPageIsReducedToItsArticle()
    {
        var paragraphs = File.ReadAllLines(Directory.GetFiles(NewsFactsFactory.SamplesDirectory, "004*")[0]).Where(l => l.Trim().Length > 40).ToList();
        var html = $"""
            <html><head><title>حالة إنذار قصوى في قاعدة عين الأسد</title>
            <meta property="article:published_time" content="2021-03-03T08:00:00Z">
            <link rel="canonical" href="https://example.org/a/1"></head>
            <body><nav><a href="/">الرئيسية</a><a href="/iraq">العراق</a></nav>
            <article>{string.Join("", paragraphs.Select(p => $"<p>{p}</p>"))}</article>
            <footer>جميع الحقوق محفوظة</footer><script>var x = 1;</script></body></html>
            """;
        await File.WriteAllTextAsync(Path.Combine(_dir, "page.html"), html);

        (await _factory.ImportAsync(_dir)).Imported.ShouldBe(1);

        await using var scope = _factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>().Articles.SingleAsync();
        stored.Title.ShouldBe("حالة إنذار قصوى في قاعدة عين الأسد");
        stored.Url.ShouldBe("https://example.org/a/1");
        stored.PublishedAt.ShouldBe(new DateOnly(2021, 3, 3));
        stored.Text.ShouldContain("مركز الدعم الدبلوماسي");
        stored.Text.ShouldNotContain("الرئيسية");
        stored.Text.ShouldNotContain("var x");
    }

    /// <summary>Older layouts write the article as text between line breaks, with no paragraph elements.</summary>
    [Fact]
    public async Task HtmlPageWithoutParagraphsIsReadByItsLineBreaks()
    {
        const string html = """
            <html><head><meta charset="utf-8"><title>سقوط صاروخين قرب مطار بغداد</title></head><body>
            <div class="menu"><a>الرئيسية</a><a>محليات</a></div>
            <div id="content"><h2>سقوط صاروخين قرب مطار بغداد</h2>
            <div class="text">أفاد مصدر أمني، مساء السبت، بسقوط صاروخين من نوع كاتيوشا قرب مطار بغداد الدولي دون تسجيل إصابات.<br><br>وأضاف المصدر أن <b>القوات الأمنية</b> عثرت على منصة الإطلاق في منطقة الرضوانية.<br>ولم تعلن أي جهة مسؤوليتها عن الهجوم.</div></div>
            <div class="footer">جميع الحقوق محفوظة</div></body></html>
            """;
        await File.WriteAllTextAsync(Path.Combine(_dir, "br.html"), html);

        (await _factory.ImportAsync(_dir)).Imported.ShouldBe(1);

        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        var stored = await db.Articles.SingleAsync();
        stored.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe([
            "أفاد مصدر أمني، مساء السبت، بسقوط صاروخين من نوع كاتيوشا قرب مطار بغداد الدولي دون تسجيل إصابات.",
            "وأضاف المصدر أن القوات الأمنية عثرت على منصة الإطلاق في منطقة الرضوانية.",
            "ولم تعلن أي جهة مسؤوليتها عن الهجوم."]);
        (await db.Incidents.CountAsync()).ShouldBe(1);
    }
}
