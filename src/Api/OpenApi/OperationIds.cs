using Microsoft.AspNetCore.Mvc.ApiExplorer;

namespace NewsFacts.Api.OpenApi;

/// <summary>
/// Operation ids from the house naming of actions, so generated clients get stable method names:
/// List on IncidentsController is listIncidents, GetById getIncidentById, any other action get + controller (getTimeline).
/// </summary>
public static class OperationIds
{
    public static string For(ApiDescription api)
    {
        var controller = api.ActionDescriptor.RouteValues["controller"] ?? "";
        var action = api.ActionDescriptor.RouteValues["action"] ?? "";
        return action switch
        {
            "List" => "list" + controller,
            "GetById" => "get" + (controller.EndsWith('s') ? controller[..^1] : controller) + "ById",
            "Get" => "get" + controller,
            _ => char.ToLowerInvariant(action[0]) + action[1..] + controller,
        };
    }
}
