using System.Text;
using NewsFacts.TextPipeline.Model;

namespace NewsFacts.TextPipeline.Extraction;

/// <summary>Writes the one-sentence English summary of an incident from its fields, never from the text.</summary>
public sealed class IncidentDescriber
{
    private readonly Dictionary<string, PlaceEntry> _places;
    private readonly Dictionary<string, ActorEntry> _actors;

    public IncidentDescriber(Lexicons lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        _places = lexicons.Places.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        _actors = lexicons.Actors.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
    }

    public string Describe(IncidentDraft incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        var sb = new StringBuilder();
        if (incident.Background)
        {
            sb.Append("Earlier ");
        }
        var kind = incident.Type switch
        {
            IncidentType.Drone => "drone attack",
            IncidentType.Rocket => "rocket attack",
            IncidentType.Missile => "missile attack",
            IncidentType.Shelling => "shelling",
            IncidentType.Explosion => "explosion",
            IncidentType.Airstrike => "air strike",
            IncidentType.Ied => "IED attack",
            _ => "attack",
        };
        sb.Append(incident.Background ? kind : char.ToUpperInvariant(kind[0]) + kind[1..]);
        if (incident.PlaceId is { } placeId && _places.TryGetValue(placeId, out var place))
        {
            // An attack is on a site and in a town, a region or a country ("Explosion in Iraq", not "at Iraq").
            sb.Append(place.Precision != PlacePrecision.Site ? " in " : incident.Type == IncidentType.Explosion ? " at " : " on ").Append(place.NameEn);
            if (place.Precision != PlacePrecision.Country)
            {
                sb.Append(" (").Append(place.Country).Append(')');
            }
        }
        var perpetrators = Names(incident.PerpetratorIds);
        if (perpetrators.Length > 0)
        {
            sb.Append(" by ").Append(perpetrators);
        }
        var targets = Names(incident.TargetIds);
        if (targets.Length > 0)
        {
            sb.Append(", targeting ").Append(targets);
        }
        var details = new List<string>();
        if (incident.WeaponCount is { } count)
        {
            details.Add(count + " " + Unit(incident.Type, count));
        }
        if (incident.Intercepted == true)
        {
            details.Add("intercepted");
        }
        if (incident.Killed == 0 && incident.Wounded == 0)
        {
            details.Add("no casualties");
        }
        else
        {
            if (incident.Killed is { } killed)
            {
                details.Add(killed + " killed");
            }
            if (incident.Wounded is { } wounded)
            {
                details.Add(wounded + " wounded");
            }
        }
        if (details.Count > 0)
        {
            sb.Append(": ").Append(string.Join(", ", details));
        }
        return sb.Append('.').ToString();
    }

    private string Names(IReadOnlyList<string> ids) =>
        string.Join(" and ", ids.Select(id => _actors.TryGetValue(id, out var actor) ? actor.NameEn : id));

    private static string Unit(IncidentType type, int count) => (type, count == 1) switch
    {
        (IncidentType.Drone, true) => "drone",
        (IncidentType.Drone, false) => "drones",
        (IncidentType.Rocket, true) => "rocket",
        (IncidentType.Rocket, false) => "rockets",
        (IncidentType.Missile, true) => "missile",
        (IncidentType.Missile, false) => "missiles",
        (IncidentType.Shelling, true) => "shell",
        (IncidentType.Shelling, false) => "shells",
        (IncidentType.Ied, true) => "device",
        (IncidentType.Ied, false) => "devices",
        (_, true) => "weapon",
        _ => "weapons",
    };
}
