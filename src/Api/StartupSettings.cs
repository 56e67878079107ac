using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace NewsFacts.Api;

/// <summary>
/// A bad setting stops the start with one line per setting on standard error and exit code 1, instead of an
/// unhandled-exception stack trace an operator would have to read to find the one setting to change.
/// </summary>
/// <remarks>
/// The settings failure is still thrown, not caught in Program.cs: WebApplicationFactory runs the entry point and
/// reports what it throws, so tests see the failure itself. Only a process about to die of it prints the line and
/// exits, from the unhandled-exception event, which fires before the runtime would print the stack trace.
/// </remarks>
public static partial class StartupSettings
{
    public const int ExitCode = 1;

    private static int _reporting;

    /// <summary>From now on, a settings failure nothing handles ends the process with one line per bad setting.</summary>
    public static void ReportFailuresAsOneLine()
    {
        if (Interlocked.Exchange(ref _reporting, 1) == 1)
        {
            return;
        }
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is Exception exception && Failures(exception) is { Count: > 0 } failures)
            {
                foreach (var failure in failures)
                {
                    Console.Error.WriteLine("Invalid setting " + failure);
                }
                Console.Error.Flush();
                Environment.Exit(ExitCode);
            }
        };
    }

    /// <summary>
    /// Runs every check registered with ValidateOnStart now, before the database is opened or a command runs (a
    /// command never starts the host, which would run them).
    /// </summary>
    public static void Validate(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>The lines a settings failure is told in; none for any other exception.</summary>
    public static List<string> Failures(Exception e) => e switch
    {
        OptionsValidationException invalid => [.. invalid.Failures],
        AggregateException all when all.InnerExceptions.All(i => Failures(i).Count > 0) => all.InnerExceptions.SelectMany(Failures).ToList(),
        // The binder refuses a value it cannot convert before any validator sees it.
        InvalidOperationException when e.TargetSite?.DeclaringType == typeof(ConfigurationBinder)
            && Unconvertible().Match(e.Message) is { Success: true } m =>
            [$"{m.Groups["key"].Value} = {m.Groups["value"].Value}: must be {Expected(m.Groups["type"].Value)}. {HowToSet(m.Groups["key"].Value)}"],
        _ => [],
    };

    /// <summary>The three places .NET reads a setting from.</summary>
    public static string HowToSet(string key) =>
        $"Set it in appsettings.json, as --{key}=VALUE or as the environment variable {key.Replace(":", "__", StringComparison.Ordinal)}.";

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        _ => "a " + type.Split('.')[^1],
    };

    [GeneratedRegex(@"value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Unconvertible();
}
