using NewsFacts.Api;
using NewsFacts.Api.Extensions;

StartupSettings.ReportFailuresAsOneLine();
var command = CliCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.AddNewsFacts();
var app = builder.Build();
StartupSettings.Validate(app.Services);

if (command.Name is not null)
{
    return await command.RunAsync(app);
}

await app.InitializeNewsFactsAsync();
app.UseNewsFacts();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
