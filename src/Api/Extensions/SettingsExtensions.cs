using Microsoft.Extensions.Options;

namespace NewsFacts.Api.Extensions;

public static class SettingsExtensions
{
    /// <summary>Binds <typeparamref name="TOptions"/> to its section and checks it on start (<see cref="SettingsValidator{TOptions}"/>).</summary>
    public static IServiceCollection AddSettings<TOptions>(this IServiceCollection services, string sectionName) where TOptions : class
    {
        services.AddOptions<TOptions>().BindConfiguration(sectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(sectionName));
        return services;
    }
}
