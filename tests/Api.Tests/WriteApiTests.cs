using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsFacts.Api.Data;

namespace NewsFacts.Api.Tests;

public sealed class WriteApiTests : IDisposable
{
    private const string Key = "test-key-0123456789abcdef";

    private readonly NewsFactsFactory _factory = new(("Auth:ApiKeys:0", Key));
    private readonly HttpClient _client;

    public WriteApiTests()
    {
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", Key);
    }

    public void Dispose() => _factory.Dispose();

    private static string Sample(string prefix) => File.ReadAllText(Directory.GetFiles(NewsFactsFactory.SamplesDirectory, prefix + "*")[0]);

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        return problem;
    }

    [Fact]
    public async Task PostingTextCreatesTheArticleAndPostingItAgainReturnsTheSameOne()
    {
        var request = new { text = Sample("001"), source = "عراقيون", publishedAt = "2024-08-07" };

        var created = await _client.PostAsJsonAsync("/api/articles", request);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var article = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = article.GetProperty("id").GetInt32();
        created.Headers.Location!.AbsolutePath.ShouldBe($"/api/articles/{id}");
        article.GetProperty("source").GetString().ShouldBe("عراقيون");
        article.GetProperty("publishedAt").GetString().ShouldBe("2024-08-07");
        article.GetProperty("text").GetString()!.ShouldContain("عين الأسد");
        (await _client.GetAsync($"/api/articles/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var again = await _client.PostAsJsonAsync("/api/articles", request);

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32().ShouldBe(id);
    }

    [Fact]
    public async Task TextWithNoPublicationDateIsDatedByTheTimestampLineItCarries()
    {
        const string text = "هجوم بطائرتين مسيرتين على قاعدة حرير شمالي أربيل\n"
            + "آخر تحديث: الأحد 28 كانون الثاني 2024 - 10:45\n"
            + "تعرضت قاعدة حرير الجوية في محافظة أربيل، يوم الأحد، لهجوم بطائرتين مسيرتين، وفق ما أفاد مصدر أمني.\n"
            + "وقال المصدر إن الدفاعات الجوية أسقطت إحدى الطائرتين، فيما سقطت الأخرى في محيط القاعدة دون تسجيل خسائر بشرية.";

        var response = await _client.PostAsJsonAsync("/api/articles", new { text });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        article.GetProperty("publishedAt").GetString().ShouldBe("2024-01-28");
        article.GetProperty("text").GetString()!.ShouldNotContain("آخر تحديث");
        article.GetProperty("incidents").EnumerateArray().ShouldContain(i => i.GetProperty("date").GetString() == "2024-01-28");
    }

    [Theory]
    // Named by another of its names: the reference carries the words the source used.
    [InlineData("أعلنت جماعة أنصار الله مسؤوليتها عن استهداف قاعدة التنف بطائرة مسيرة فجر اليوم، في هجوم لم يسفر عن إصابات.", "جماعة أنصار الله")]
    // Named by its canonical name: nothing to add.
    [InlineData("أعلن الحوثيون مسؤوليتهم عن استهداف قاعدة التنف بطائرة مسيرة فجر اليوم، في هجوم لم يسفر عن إصابات.", null)]
    public async Task AnIncidentsActorCarriesTheWordsItsSourceNamedItBy(string text, string? alias)
    {
        var response = await _client.PostAsJsonAsync("/api/articles", new { text, publishedAt = "2024-03-05" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        var perpetrator = article.GetProperty("incidents").EnumerateArray().ShouldHaveSingleItem().GetProperty("perpetrators").EnumerateArray().ShouldHaveSingleItem();
        perpetrator.GetProperty("nameEn").GetString().ShouldBe("Houthis (Ansar Allah)");
        perpetrator.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(alias is null ? [] : [alias]);
    }

    [Fact]
    public async Task PostingPlainTextImportsTheWholeBody()
    {
        var response = await _client.PostAsync("/api/articles", new StringContent(Sample("002"), Encoding.UTF8, "text/plain"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString()!.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task PostingHtmlTakesTheArticleBlockAndPageMetadata()
    {
        var paragraphs = Sample("004").Split('\n').Where(l => l.Trim().Length > 40);
        var html = $"""
            <html><head><title>حالة إنذار قصوى في قاعدة عين الأسد</title>
            <link rel="canonical" href="https://example.org/a/1"></head>
            <body><nav><a href="/">الرئيسية</a></nav><article>{string.Join("", paragraphs.Select(p => $"<p>{p}</p>"))}</article></body></html>
            """;

        var response = await _client.PostAsJsonAsync("/api/articles", new { html, publishedAt = "2021-03-03" });

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var article = await response.Content.ReadFromJsonAsync<JsonElement>();
        article.GetProperty("title").GetString().ShouldBe("حالة إنذار قصوى في قاعدة عين الأسد");
        article.GetProperty("url").GetString().ShouldBe("https://example.org/a/1");
        article.GetProperty("text").GetString()!.ShouldNotContain("الرئيسية");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\":\"   \"}")]
    [InlineData("{\"text\":\"نص\",\"html\":\"<p>نص</p>\"}")]
    public async Task PostingNeitherOrBothOfTextAndHtmlIsAValidationProblem(string json)
    {
        var response = await _client.PostAsync("/api/articles", new StringContent(json, Encoding.UTF8, "application/json"));

        (await AssertProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("text", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task PostingMalformedJsonOrABadDateIsAValidationProblem()
    {
        await AssertProblemAsync(await _client.PostAsync("/api/articles", new StringContent("{\"text\": ", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await _client.PostAsJsonAsync("/api/articles", new { text = Sample("001"), publishedAt = "yesterday" }), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task PostingTextWithNoArabicArticleIsUnprocessable()
    {
        var response = await _client.PostAsJsonAsync("/api/articles", new { text = "This page is all English text and has no Arabic article in it at all." });

        (await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity)).GetProperty("detail").GetString()!.ShouldContain("Arabic");
    }

    [Fact]
    public async Task PostingAnUnsupportedMediaTypeIs415()
    {
        var response = await _client.PostAsync("/api/articles", new StringContent("<x/>", Encoding.UTF8, "application/xml"));

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    private async Task<int> PostAsync(string text) =>
        (await (await _client.PostAsJsonAsync("/api/articles", new { text, publishedAt = "2024-08-07" })).Content.ReadFromJsonAsync<JsonElement>())
            .GetProperty("id").GetInt32();

    /// <summary>Incidents seeded directly, so the test does not depend on what the extractor finds in a sample.</summary>
    private async Task<(int Shared, int OwnedByRetold)> SeedIncidentsAsync(int original, int retold)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
        IncidentSource Source(int articleId, int? killed, int? weapons) => new()
        {
            ArticleId = articleId, EvidenceStart = 0, EvidenceEnd = 4, EvidenceText = "قصف", Stance = "asserted", Killed = killed, WeaponCount = weapons,
        };
        var shared = new Incident
        {
            Type = "rocket", DatePrecision = "unknown", SummaryEn = "Rockets", Killed = 7, WeaponCount = 4,
            Sources = [Source(original, 2, null), Source(retold, 7, 4)],
        };
        var owned = new Incident { Type = "drone", DatePrecision = "unknown", SummaryEn = "Drone", Sources = [Source(retold, 1, 1)] };
        db.Incidents.AddRange(shared, owned);
        await db.SaveChangesAsync();
        return (shared.Id, owned.Id);
    }

    [Fact]
    public async Task DeletingAnArticleRemovesItsOwnIncidentsRecomputesSharedOnesAndLeavesTombstones()
    {
        // Articles that report no attack, so the only incidents are the ones seeded below.
        const string NoAttack = "ناقش مجلس الوزراء العراقي في جلسته الاعتيادية مشروع قانون الموازنة العامة للعام المقبل.\n"
            + "وقال المتحدث باسم الحكومة إن الجلسة تناولت أيضا خطط تطوير قطاع الكهرباء قبل حلول فصل الصيف.";
        var original = await PostAsync(NoAttack);
        var retold = await PostAsync(NoAttack + "\nوأضاف المتحدث أن النقاشات ما زالت جارية.");
        retold.ShouldNotBe(original);
        var (shared, owned) = await SeedIncidentsAsync(original, retold);

        (await _client.DeleteAsync($"/api/articles/{retold}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await _client.GetAsync($"/api/articles/{retold}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The incident only the deleted article reported is gone for good: 410, not the 404 of an id never used.
        (await AssertProblemAsync(await _client.GetAsync($"/api/incidents/{owned}"), HttpStatusCode.Gone))
            .GetProperty("detail").GetString()!.ShouldContain($"Incident {owned} was removed");
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            var remaining = await db.Incidents.Include(i => i.Sources).SingleAsync();
            remaining.Id.ShouldBe(shared);
            remaining.Sources.ShouldAllBe(s => s.ArticleId == original);
            remaining.Killed.ShouldBe(2);
            remaining.WeaponCount.ShouldBeNull();
        }

        (await _client.DeleteAsync($"/api/articles/{original}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<NewsFactsDbContext>();
            (await db.Articles.CountAsync()).ShouldBe(0);
            (await db.Incidents.CountAsync()).ShouldBe(0);
            (await db.IncidentSources.CountAsync()).ShouldBe(0);
            (await db.ActorMentions.CountAsync()).ShouldBe(0);
            (await db.LocationMentions.CountAsync()).ShouldBe(0);
            (await db.DateMentions.CountAsync()).ShouldBe(0);
            (await db.Database.SqlQuery<int>($"SELECT count(*) AS \"Value\" FROM article_search").SingleAsync()).ShouldBe(0);
            var tombstones = await db.DeletedEntities.OrderBy(d => d.Id).Select(d => d.EntityType + ":" + d.EntityId).ToListAsync();
            tombstones.ShouldBe([$"article:{retold}", $"incident:{owned}", $"article:{original}", $"incident:{shared}"]);
        }
        var deleted = await _client.GetFromJsonAsync<JsonElement>("/api/deleted?since=2000-01-01T00:00:00Z");
        deleted.EnumerateArray().Select(d => d.GetProperty("type").GetString() + ":" + d.GetProperty("id").GetInt32())
            .ShouldBe([$"article:{retold}", $"incident:{owned}", $"article:{original}", $"incident:{shared}"]);
        deleted.EnumerateArray().ShouldAllBe(d => d.GetProperty("mergedInto").ValueKind == JsonValueKind.Null);
        (await _client.GetFromJsonAsync<JsonElement>("/api/deleted?since=2999-01-01T00:00:00Z")).GetArrayLength().ShouldBe(0);
        (await _client.GetAsync("/api/deleted")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task DeletingAnUnknownArticleIsNotFound()
    {
        await AssertProblemAsync(await _client.DeleteAsync("/api/articles/999999"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong")]
    [InlineData("test-key-0123456789abcdeX")]
    [InlineData("test-key-0123456789abcdef-and-more")]
    public async Task AMissingOrWrongKeyIsUnauthorized(string? key)
    {
        using var client = _factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.TryAddWithoutValidation("X-Api-Key", key);
        }

        var post = await client.PostAsJsonAsync("/api/articles", new { text = Sample("001") });
        var delete = await client.DeleteAsync("/api/articles/1");

        await AssertProblemAsync(post, HttpStatusCode.Unauthorized);
        post.Headers.WwwAuthenticate.ToString().ShouldContain("X-Api-Key");
        await AssertProblemAsync(delete, HttpStatusCode.Unauthorized);
        (await client.GetAsync("/api/articles")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithNoKeyConfiguredWritesAreForbiddenAndTheProblemSaysHowToEnableThem()
    {
        using var factory = new NewsFactsFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);

        var response = await client.PostAsJsonAsync("/api/articles", new { text = Sample("001") });

        (await AssertProblemAsync(response, HttpStatusCode.Forbidden)).GetProperty("detail").GetString()!.ShouldContain("Auth__ApiKeys__0");
        (await client.GetAsync("/api/articles")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
