using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsFacts.CorpusGenerator;

// Usage: --count N --seed S --out FILE [--data DIR] [--no-incident-share 0.25]
var options = GeneratorOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: --count N [--seed 42] --out corpus.jsonl [--data data] [--no-incident-share 0.25]");
    return 1;
}

var material = Material.Load(options.DataDirectory);
var composer = new ArticleComposer(material, options.Seed, options.Count, options.NoIncidentShare);
var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
var stopwatch = Stopwatch.StartNew();
long bytes;
// One article at a time: memory stays flat whatever the count.
await using (var stream = new FileStream(options.OutputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
await using (var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\n" })
{
    for (var i = 0; i < options.Count; i++)
    {
        await writer.WriteLineAsync(JsonSerializer.Serialize(composer.Next(i), json));
    }
    await writer.FlushAsync();
    bytes = stream.Length;
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"wrote {options.Count} articles ({bytes / 1048576.0:0.0} MiB, {composer.NoIncidentCount} without incident) to {options.OutputPath} in {stopwatch.Elapsed.TotalSeconds:0.0}s"));
return 0;
