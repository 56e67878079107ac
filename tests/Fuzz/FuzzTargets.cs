using System.Text;
using NewsFacts.Api.Import;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Decoding;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.Fuzz;

/// <summary>
/// What each fuzzing harness does with one input, shared by the fuzzer (tests/Fuzz) and the replay of its findings in
/// the normal test run (tests/Api.Tests/FuzzRegressionTests.cs), so a finding is replayed through the same code. A
/// harness fails by throwing: an exception the reader or the pipeline lets escape, a broken result, or a pipeline run
/// over its time budget (<see cref="BudgetOverrunException"/>).
/// </summary>
public sealed class FuzzTargets(ArticlePipeline pipeline, TimeSpan budget)
{
    public static readonly IReadOnlyList<string> Harnesses = ["decoder", "html", "jsonl", "pipeline"];

    private static readonly DateOnly PublishedAt = new(2024, 8, 7);
    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly HtmlArticleReader _html = new();

    public void Run(string harness, ReadOnlySpan<byte> input)
    {
        switch (harness)
        {
            case "decoder":
                Decoder(input);
                break;
            case "html":
                Html(Lenient.GetString(input));
                break;
            case "jsonl":
                Jsonl(Lenient.GetString(input));
                break;
            case "pipeline":
                Pipeline(Lenient.GetString(input));
                break;
            default:
                throw new ArgumentException($"no harness '{harness}': {string.Join(", ", Harnesses)}", nameof(harness));
        }
    }

    private static void Decoder(ReadOnlySpan<byte> input)
    {
        var decoded = TextDecoder.Decode(input);
        if (decoded.Succeeded == decoded.Error is not null || decoded.Succeeded && decoded.Text is null)
        {
            throw new InvalidOperationException("a decode result is either text or a reason");
        }
    }

    private void Html(string page)
    {
        var item = _html.Read("fuzz", page);
        if (item.Error is null == item.Text is null)
        {
            throw new InvalidOperationException("an HTML item is either text or a reason");
        }
    }

    private void Jsonl(string lines)
    {
        var reader = new ArticleSourceReader(_html);
        foreach (var item in reader.ReadJsonLines("fuzz", new StringReader(lines)))
        {
            if (item.Error is null == item.Text is null)
            {
                throw new InvalidOperationException("a JSONL item is either text or a reason");
            }
        }
    }

    private void Pipeline(string text)
    {
        using var deadline = new CancellationTokenSource(budget);
        try
        {
            var facts = pipeline.Run(new ArticleInput(text, null, PublishedAt), deadline.Token);
            foreach (var incident in facts.Incidents)
            {
                _ = incident.ToString();
            }
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            throw new BudgetOverrunException($"ArticlePipeline.Run took longer than {budget.TotalSeconds:0.###} s on {text.Length} characters");
        }
    }
}

/// <summary>A pipeline run over its budget: a finding, as a crash is.</summary>
public sealed class BudgetOverrunException(string message) : Exception(message);
