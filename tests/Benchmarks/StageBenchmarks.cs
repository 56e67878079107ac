using BenchmarkDotNet.Attributes;
using NewsFacts.TextPipeline;
using NewsFacts.TextPipeline.Cleaning;
using NewsFacts.TextPipeline.Extraction;
using NewsFacts.TextPipeline.Model;
using NewsFacts.TextPipeline.Normalization;
using NewsFacts.TextPipeline.Segmentation;

namespace NewsFacts.Benchmarks;

/// <summary>
/// Each stage on the five seed articles (about 6 KB each), with the input each stage gets in the pipeline. Every
/// benchmark handles all five, and <see cref="PerArticle"/> divides, so the numbers read as time per article.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private const int PerArticle = 5;

    private string[] _raw = [];
    private string[] _display = [];
    private string[] _clean = [];
    private MatchKey[] _keys = [];
    private IReadOnlyList<KeyToken>[] _tokens = [];
    private IReadOnlyList<LexiconMatch>[] _entities = [];
    private AnalyzedText[] _analyzed = [];
    private BoilerplateRemover _remover = null!;
    private LexiconMatcher _matcher = null!;
    private PersonExtractor _people = null!;
    private IncidentExtractor _incidents = null!;
    private ArticlePipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lexicons = Samples.Lexicons();
        _remover = new BoilerplateRemover(lexicons);
        _pipeline = new ArticlePipeline(lexicons);
        _matcher = new LexiconMatcher(lexicons);
        _people = new PersonExtractor(lexicons.PersonTitles, lexicons.Actors);
        _incidents = new IncidentExtractor(lexicons);
        _raw = Samples.Articles().Take(PerArticle).ToArray();
        if (_raw.Length != PerArticle) throw new InvalidOperationException($"expected {PerArticle} seed articles");
        _display = _raw.Select(ArabicNormalizer.ToDisplay).ToArray();
        _clean = _display.Select(d => _remover.Remove(d, null).Text).ToArray();
        _keys = _clean.Select(ArabicNormalizer.ToMatchKey).ToArray();
        _tokens = _keys.Select(k => CliticTokenizer.Tokenize(k.Key)).ToArray();
        _entities = _keys.Select((k, i) => _matcher.Match(k, _tokens[i])).ToArray();
        // The same inputs ArticlePipeline.Run hands the incident extractor (no title site: it is the pipeline's own step).
        _analyzed = _keys.Select((k, i) =>
        {
            var dates = DateExtractor.Extract(k, Samples.PublishedAt);
            var numbers = NumberReader.Find(k).Where(n => !dates.Any(d => d.Span.Contains(n.Span.Start))).ToList();
            return new AnalyzedText(k, _tokens[i], SentenceSplitter.Split(_clean[i]), _entities[i], dates, numbers, null);
        }).ToArray();
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int NormalizerToDisplay()
    {
        var total = 0;
        foreach (var text in _raw) total += ArabicNormalizer.ToDisplay(text).Length;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int NormalizerToMatchKey()
    {
        var total = 0;
        foreach (var text in _clean) total += ArabicNormalizer.ToMatchKey(text).Key.Length;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int BoilerplateRemove()
    {
        var total = 0;
        foreach (var text in _display) total += _remover.Remove(text, null).Text.Length;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int SentenceSplit()
    {
        var total = 0;
        foreach (var text in _clean) total += SentenceSplitter.Split(text).Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int DateExtract()
    {
        var total = 0;
        foreach (var key in _keys) total += DateExtractor.Extract(key, Samples.PublishedAt).Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int NumberFind()
    {
        var total = 0;
        foreach (var key in _keys) total += NumberReader.Find(key).Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int CliticTokenize()
    {
        var total = 0;
        foreach (var key in _keys) total += CliticTokenizer.Tokenize(key.Key).Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int LexiconMatch()
    {
        var total = 0;
        for (var i = 0; i < _keys.Length; i++) total += _matcher.Match(_keys[i], _tokens[i]).Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int PersonExtract()
    {
        var total = 0;
        for (var i = 0; i < _keys.Length; i++) total += _people.Extract(_keys[i], _tokens[i], _entities[i]).Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int IncidentExtract()
    {
        var total = 0;
        foreach (var text in _analyzed) total += _incidents.Extract(text).Count;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle)]
    public int ContentHash()
    {
        var total = 0;
        foreach (var text in _clean) total += ArticlePipeline.ContentHash(text).Length;
        return total;
    }

    [Benchmark(OperationsPerInvoke = PerArticle, Baseline = true)]
    public int PipelineRun()
    {
        var total = 0;
        foreach (var text in _raw) total += _pipeline.Run(new ArticleInput(text, null, Samples.PublishedAt)).Sentences.Count;
        return total;
    }
}
