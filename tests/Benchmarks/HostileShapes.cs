using System.Text;
using System.Text.Json;

namespace NewsFacts.Benchmarks;

/// <summary>How a hostile input reaches the pipeline: as article text, as an HTML page, or as one line of a .jsonl file.</summary>
public enum ShapeKind
{
    Text,
    Html,
    Jsonl,
}

/// <summary>
/// One hostile input shape: a unit repeated until the input reaches the wanted size in UTF-8 bytes, between a fixed head
/// and tail; "{i}" in the unit is the repetition's number, so that lines differ (cleaning drops a repeated line, and a
/// page of one line repeated would test cleaning alone). Every shape is generated, so none is a copied page.
/// </summary>
public sealed record HostileShape(string Name, ShapeKind Kind, string Head, string Unit, string Tail)
{
    public string Build(int bytes)
    {
        var room = bytes - Encoding.UTF8.GetByteCount(Head) - Encoding.UTF8.GetByteCount(Tail);
        var text = new StringBuilder(Head);
        for (int i = 1, used = 0; ; i++)
        {
            var unit = Unit.Replace("{i}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            used += Encoding.UTF8.GetByteCount(unit);
            if (used > room)
            {
                break;
            }
            text.Append(unit);
        }
        return text.Append(Tail).ToString();
    }

    private const string Sentence = "قصفت طائرة مسيرة قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق فجر الاثنين، ما أسفر عن إصابة {i} جنود. ";
    private const string Paragraph = "<p>" + Sentence + "وقالت مصادر أمنية إن الهجوم لم يسفر عن خسائر مادية كبيرة.</p>";
    private const string RightToLeftMark = "\u200F";
    private const string LeftToRightMark = "\u200E";
    private const string RightToLeftEmbedding = "\u202B";
    private const string PopDirectionalFormatting = "\u202C";

    public static IReadOnlyList<HostileShape> All { get; } =
    [
        new("deep nesting", ShapeKind.Html, "<html><head><title>هجوم على القاعدة</title></head><body>", "<div>", Paragraph + Paragraph + Paragraph + "</body></html>"),
        new("unclosed tags", ShapeKind.Html, "<html><body>", "<p><b><span><i>" + Sentence, "</body></html>"),
        new("many paragraphs", ShapeKind.Html, "<html><body><article>", Paragraph, "</article></body></html>"),
        new("one huge line", ShapeKind.Text, "هجوم على القاعدة\n", Sentence, ""),
        new("no punctuation", ShapeKind.Text, "", "قصفت طائرة مسيرة قاعدة عين الأسد الجوية في محافظة الأنبار غربي العراق فجر الاثنين ", ""),
        new("one word repeated", ShapeKind.Text, "", "قصف ", ""),
        new("many short lines", ShapeKind.Text, "هجوم على القاعدة\n", "اقرأ أيضا\n" + Sentence + "\n", ""),
        new("only digits", ShapeKind.Text, "", "0123456789", ""),
        new("Arabic-Indic digits", ShapeKind.Text, "", "٠١٢٣٤٥٦٧٨٩ ", ""),
        new("thousands of dates", ShapeKind.Text, "", "في 12 شباط 2024 و3/2/2024 يوم الاثنين الماضي و28 ربيع الثاني 1446 هـ، ", ""),
        new("thousands of places", ShapeKind.Text, "", "في بغداد والموصل وكركوك وعين الأسد وأربيل ودير الزور والتنف، ", ""),
        new("thousands of numbers", ShapeKind.Text, "", "ثلاثة صواريخ و15 قتيلا وعشرين جريحا و١٢٣ طائرة مسيرة و2.5 مليون، ", ""),
        new("thousands of incidents", ShapeKind.Text, "هجوم على القاعدة\n", Sentence + "\n", ""),
        // Each attack on its own day: none merges with another, so the merger holds thousands of incidents apart.
        new("thousands of attacks that never merge", ShapeKind.Text, "هجوم على القاعدة\n", "قصفت طائرة مسيرة قاعدة عين الأسد قبل {i} يوما.\n", ""),
        new("mixed scripts, direction marks", ShapeKind.Text, "",
            "قاعدة " + RightToLeftMark + "عين الأسد" + LeftToRightMark + " (Ain al-Asad base) " + RightToLeftEmbedding + "2024" + PopDirectionalFormatting + " CENTCOM قصف، ", ""),
        new("JSONL line at the limit", ShapeKind.Jsonl, "", Sentence + "\n", ""),
    ];

    /// <summary>The .jsonl line for a shape of kind Jsonl: the text escaped as JSON escapes it, so the line, not the text, has the size.</summary>
    public static string JsonLine(string text) =>
        JsonSerializer.Serialize(new { text, publishedAt = "2024-08-07" });
}
