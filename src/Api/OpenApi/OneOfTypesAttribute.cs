using Microsoft.OpenApi;

namespace NewsFacts.Api.OpenApi;

/// <summary>
/// Documents an <c>object</c> property that holds one of a few JSON types (a claim's value: number, boolean or
/// string) as a <c>oneOf</c> of those types, so generated clients get a union instead of <c>unknown</c>.
/// <see cref="OneOfTypesSchemaFilter"/> reads it.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OneOfTypesAttribute(params JsonSchemaType[] types) : Attribute
{
    public IReadOnlyList<JsonSchemaType> Types { get; } = types;
}
