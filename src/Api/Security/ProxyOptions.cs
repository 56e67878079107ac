using System.ComponentModel.DataAnnotations;
using System.Net;

namespace NewsFacts.Api.Security;

/// <summary>
/// The load balancers or reverse proxies in front of the API. A request from one of them is taken to come from the
/// client its <c>X-Forwarded-For</c> names (per-client rate limits, the request log) and by the scheme its
/// <c>X-Forwarded-Proto</c> names; from any other address those headers are ignored, so no client can pose as another.
/// None by default, loopback included.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string SectionName = "Proxies";

    /// <summary>Addresses of trusted proxies, e.g. <c>10.0.0.2</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. <c>172.18.0.0/16</c> (a Docker network).</summary>
    public string[] KnownNetworks { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < KnownProxies.Length; i++)
        {
            if (!IPAddress.TryParse(KnownProxies[i], out _))
            {
                yield return new ValidationResult($"'{KnownProxies[i]}' is not an IP address.", [$"{nameof(KnownProxies)}:{i}"]);
            }
        }
        for (var i = 0; i < KnownNetworks.Length; i++)
        {
            if (!IPNetwork.TryParse(KnownNetworks[i], out _))
            {
                yield return new ValidationResult($"'{KnownNetworks[i]}' is not a network in CIDR notation (such as 10.0.0.0/8).", [$"{nameof(KnownNetworks)}:{i}"]);
            }
        }
    }
}
