using System.Text.Json;

namespace NewsFacts.Api;

/// <summary>The wire spelling of enum values: kebab-case lower ("armed-group", "day").</summary>
public static class Wire
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
