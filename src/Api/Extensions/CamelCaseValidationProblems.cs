using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace NewsFacts.Api.Extensions;

/// <summary>
/// Validation problems keyed by the parameter names clients send (pageSize, not PageSize): model binding reports
/// the C# property name, which a curl user never typed.
/// </summary>
public static class CamelCaseValidationProblems
{
    public static IActionResult Create(ActionContext context)
    {
        var factory = context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>();
        var problem = factory.CreateValidationProblemDetails(context.HttpContext, context.ModelState);
        var errors = problem.Errors.ToDictionary(e => CamelCase(e.Key), e => e.Value);
        problem.Errors.Clear();
        foreach (var (key, messages) in errors)
        {
            problem.Errors[key] = messages;
        }
        problem.Detail ??= "See errors for the parameters that could not be used.";
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    private static string CamelCase(string key) =>
        string.Join('.', key.Split('.').Select(part => JsonNamingPolicy.CamelCase.ConvertName(part.TrimStart('$'))));
}
