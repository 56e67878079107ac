using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace NewsFacts.Api.Tests;

/// <summary>A bad setting stops the start with one line saying which setting, what is wrong and how to set it.</summary>
public sealed class SettingsTests : IDisposable
{
    private readonly string _database = NewsFactsFactory.NewDatabasePath();

    public void Dispose() => NewsFactsFactory.DeleteDatabase(_database);

    [SqliteOnlyFact]
    public void AShortApiKeyStopsTheHostNamingTheSettingButNotTheKey()
    {
        using var factory = new NewsFactsFactory(("Auth:ApiKeys:0", "test-key-0123456789abcdef"), ("Auth:ApiKeys:1", "short-secret"));

        var error = Should.Throw<OptionsValidationException>(() => factory.CreateClient());

        var failure = error.Failures.ShouldHaveSingleItem();
        failure.ShouldStartWith("Auth:ApiKeys:1: the key is 12 characters long; an API key needs at least 16.");
        failure.ShouldContain("Auth__ApiKeys__1=");
        failure.ShouldNotContain("short-secret");
    }

    [SqliteOnlyTheory]
    [InlineData("Auth:ApiKeys:0=short-secret", "Invalid setting Auth:ApiKeys:0: the key is 12 characters long; an API key needs at least 16. Set a longer random one, e.g. Auth__ApiKeys__0=\"$(openssl rand -hex 24)\".")]
    [InlineData("NewsFacts:ImportWorkers=0", "Invalid setting NewsFacts:ImportWorkers = 0: must be between 1 and 256. Set it in appsettings.json, as --NewsFacts:ImportWorkers=VALUE or as the environment variable NewsFacts__ImportWorkers.")]
    [InlineData("RateLimits:Writes:WindowSeconds=0", "Invalid setting RateLimits:Writes:WindowSeconds = 0: must be between 1 and 86400. Set it in appsettings.json, as --RateLimits:Writes:WindowSeconds=VALUE or as the environment variable RateLimits__Writes__WindowSeconds.")]
    [InlineData("Limits:MaxRequestBodyBytes=lots", "Invalid setting Limits:MaxRequestBodyBytes = lots: must be a whole number. Set it in appsettings.json, as --Limits:MaxRequestBodyBytes=VALUE or as the environment variable Limits__MaxRequestBodyBytes.")]
    public async Task TheServerRefusesABadSettingWithOneLineOnStandardErrorAndExitCode1(string setting, string line)
    {
        var (exitCode, output, error) = await RunAsync("--urls", "http://127.0.0.1:0", "--" + setting);

        exitCode.ShouldBe(1, output + error);
        error.TrimEnd('\n').ShouldBe(line);
        output.ShouldBeEmpty();
        File.Exists(_database).ShouldBeFalse("nothing is opened before the settings are checked");
    }

    [SqliteOnlyFact]
    public async Task TheImportCommandChecksTheSettingsToo()
    {
        var (exitCode, _, error) = await RunAsync("import", NewsFactsFactory.SamplesDirectory, "--NewsFacts:ImportBatchSize=0");

        exitCode.ShouldBe(1);
        error.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldHaveSingleItem().ShouldStartWith("Invalid setting NewsFacts:ImportBatchSize = 0: must be between 1 and 100000.");
        File.Exists(_database).ShouldBeFalse();
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var api = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(api)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { api },
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add($"--ConnectionStrings:NewsFacts=Data Source={_database}");
        start.ArgumentList.Add("--NewsFacts:SeedOnStartup=false");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        return (process.ExitCode, await output, await error);
    }
}
