using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace NewsFacts.Api;

/// <summary>
/// Validates a settings class bound from <c>sectionName</c> by its data annotations (nested settings classes too) and,
/// when it is an <see cref="IValidatableObject"/>, by its own checks. Each failure names the setting by its
/// configuration key, says what is wrong with its value and how to set it, so that it can stand alone as the one line
/// a refused start prints.
/// </summary>
public sealed class SettingsValidator<TOptions>(string sectionName) : IValidateOptions<TOptions> where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var failures = new List<string>();
        Collect(options, sectionName, failures);
        if (options is IValidatableObject validatable)
        {
            failures.AddRange(validatable.Validate(new ValidationContext(options)).Select(r =>
                $"{sectionName}:{string.Join(", ", r.MemberNames)}: {r.ErrorMessage}"));
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Collect(object settings, string prefix, List<string> failures)
    {
        foreach (var property in settings.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var key = $"{prefix}:{property.Name}";
            var value = property.GetValue(settings);
            foreach (var attribute in property.GetCustomAttributes<ValidationAttribute>().Where(a => !a.IsValid(value)))
            {
                var wrong = attribute is RangeAttribute range ? $"must be between {range.Minimum} and {range.Maximum}" : attribute.FormatErrorMessage(key);
                failures.Add($"{key} = {Convert.ToString(value, CultureInfo.InvariantCulture)}: {wrong}. {StartupSettings.HowToSet(key)}");
            }
            if (value is not null && property.PropertyType.IsClass && property.PropertyType.Assembly == typeof(TOptions).Assembly)
            {
                Collect(value, key, failures);
            }
        }
    }
}
