using System.ComponentModel.DataAnnotations;

namespace NewsFacts.Api.Security;

/// <summary>Request size limits. Bodies over the limit get 413; Kestrel answers 431 and 414 for oversized headers and request lines.</summary>
public sealed class LimitsOptions
{
    public const string SectionName = "Limits";

    [Range(1024, 1024L * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 2 * 1024 * 1024;

    [Range(1024, 1024 * 1024)]
    public int MaxRequestHeadersTotalBytes { get; set; } = 32 * 1024;

    [Range(256, 64 * 1024)]
    public int MaxRequestLineBytes { get; set; } = 8 * 1024;
}
