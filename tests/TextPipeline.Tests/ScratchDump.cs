namespace NewsFacts.TextPipeline.Tests;

public class ScratchDump
{
    [Fact]
    public void Dump()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var f in new[] { "000", "001", "002", "003", "004" })
        {
            var facts = new ArticlePipeline(RepoFiles.Lexicons).Run(new Model.ArticleInput(RepoFiles.Sample(f)));
            sb.AppendLine("=== " + f + " title=" + facts.Article.Title);
            foreach (var i in facts.Incidents)
            {
                sb.AppendLine($"  {i.Type} place={i.PlaceId} n={i.WeaponCount} int={i.Intercepted} k={i.Killed} w={i.Wounded} bg={i.Background} date={i.Date?.Span.Text} perp=[{string.Join(",", i.PerpetratorIds)}] tgt=[{string.Join(",", i.TargetIds)}] attr={i.Attribution} {i.Stance}");
                sb.AppendLine("     " + i.SummaryEn);
                sb.AppendLine("     EV: " + i.Evidence.Text.Replace("\n", " / ")[..Math.Min(200, i.Evidence.Text.Length)]);
            }
            sb.AppendLine("  actors: " + string.Join(", ", facts.Actors.Select(a => a.ActorId + ":" + a.Span.Text)));
            sb.AppendLine("  places: " + string.Join(", ", facts.Places.Select(a => a.PlaceId + ":" + a.Span.Text)));
            sb.AppendLine("  people: " + string.Join(", ", facts.People.Select(a => a.NameAr + " [" + a.Role + "]")));
            sb.AppendLine("  dates: " + string.Join(", ", facts.Dates.Select(a => a.Span.Text + ":" + a.Precision)));
        }
        File.WriteAllText("/tmp/extract-dump.txt", sb.ToString());
    }
}
