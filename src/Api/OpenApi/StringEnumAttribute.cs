using System.Text.Json;

namespace NewsFacts.Api.OpenApi;

/// <summary>
/// Documents a string property or parameter as an enum in the OpenAPI document, for wire fields that are strings in C#
/// but take a fixed set of values. <see cref="StringEnumSchemaFilter"/> reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class StringEnumAttribute : Attribute
{
    public StringEnumAttribute(params string[] values) => Values = values;

    /// <summary>Every member of <paramref name="enumType"/>, spelled as on the wire (kebab-case lower, like <see cref="Wire"/>).</summary>
    public StringEnumAttribute(Type enumType) =>
        Values = Enum.GetNames(enumType).Select(JsonNamingPolicy.KebabCaseLower.ConvertName).ToArray();

    public IReadOnlyList<string> Values { get; }
}
