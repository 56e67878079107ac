using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace NewsFacts.Api.Formatting;

/// <summary>RFC 4180 lines of a flat record type: its properties are the columns, named in camelCase in the header.</summary>
public sealed class CsvTable(Type rowType)
{
    private readonly PropertyInfo[] _columns = rowType.GetProperties();

    public string Header => string.Join(',', _columns.Select(p => Field(JsonNamingPolicy.CamelCase.ConvertName(p.Name))));

    public string Row(object row) => string.Join(',', _columns.Select(p => Field(Format(p.GetValue(row)))));

    private static string Format(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
