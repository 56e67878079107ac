namespace NewsFacts.Api.Tests;

/// <summary>
/// The app on its own temporary database with the five seed articles imported, shared by the tests of one class
/// (xunit class fixture). For tests that only read: a test that writes makes its own <see cref="NewsFactsFactory"/>.
/// </summary>
public sealed class SeededApi : IAsyncLifetime
{
    public NewsFactsFactory Factory { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        (await Factory.ImportSeedsAsync()).Imported.ShouldBe(5);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
