using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace NewsFacts.Api.Tests;

/// <summary>Search reads the lexicons' variant-spelling table on both sides: a query finds every spelling of its word.</summary>
public sealed class SpellingVariantSearchTests : IAsyncLifetime
{
    private const string Key = "test-key-0123456789abcdef";

    private readonly NewsFactsFactory _factory = new(("Auth:ApiKeys:0", Key));
    private HttpClient _client = null!;
    private int _withYehFirst;
    private int _withYehAfter;

    public async Task InitializeAsync()
    {
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        _withYehAfter = await PostAsync("أعلنت وزارة الدفاع الأميركية أن طائرة مسيرة سقطت قرب قاعدة في محافظة الأنبار دون أن تسفر عن إصابات، وقال البنتاجون إنه يراجع الحادث.");
        _withYehFirst = await PostAsync("قالت القوات الأمريكية إن صاروخين سقطا في منطقة خالية من السكان في إقليم كوردستان، ولم يعلن أحد مسؤوليته عن الهجوم.");
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private async Task<int> PostAsync(string text)
    {
        var response = await _client.PostAsJsonAsync("/api/articles", new { text });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private async Task<(List<int> Ids, List<string> Terms)> SearchAsync(string q)
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/articles?q=" + Uri.EscapeDataString(q));
        var ids = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order().ToList();
        var terms = body.GetProperty("query").GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
        return (ids, terms);
    }

    [Theory]
    [InlineData("الامريكية")]
    [InlineData("الأميركية")]
    public async Task EitherSpellingOfAmericanFindsBothArticles(string q)
    {
        var (ids, terms) = await SearchAsync(q);
        ids.ShouldBe(new[] { _withYehAfter, _withYehFirst }.Order().ToList());
        terms.ShouldBe(["امريك"]);
    }

    [Theory]
    [InlineData("البنتاغون")]
    [InlineData("كردستان")]
    public async Task AnotherSpellingOfAForeignOrKurdishNameIsFound(string q)
    {
        var (ids, _) = await SearchAsync(q);
        ids.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task TheSnippetMarksTheSpellingTheArticleUses()
    {
        var body = await _client.GetFromJsonAsync<JsonElement>("/api/articles?q=" + Uri.EscapeDataString("البنتاغون"));
        var snippet = body.GetProperty("items")[0].GetProperty("snippet");
        var text = snippet.GetProperty("text").GetString()!;
        var mark = snippet.GetProperty("highlights")[0];
        text[mark.GetProperty("start").GetInt32()..mark.GetProperty("end").GetInt32()].ShouldBe("البنتاجون");
    }

    [Fact]
    public async Task ABodyNoLexiconListsIsAnActorWithARomanizedName()
    {
        var id = await PostAsync("أعلنت وزارة الزراعة السورية أن الحرائق أتت على مساحات واسعة من المحاصيل في ريف المدينة خلال الأسبوع الماضي.");
        var article = await _client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        var body = article.GetProperty("actors").EnumerateArray().Single(a => a.GetProperty("nameAr").GetString() == "وزارة الزراعة السورية");
        body.GetProperty("kind").GetString().ShouldBe("government");
        body.GetProperty("nameEnIsRomanization").GetBoolean().ShouldBeTrue();
        body.GetProperty("nameEn").GetString().ShouldNotBeNullOrEmpty();
    }
}
