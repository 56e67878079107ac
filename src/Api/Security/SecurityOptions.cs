namespace NewsFacts.Api.Security;

/// <summary>Transport security; off by default because the container usually sits behind a TLS-terminating proxy.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>Redirect HTTP to HTTPS and send Strict-Transport-Security.</summary>
    public bool UseHttps { get; set; }
}
