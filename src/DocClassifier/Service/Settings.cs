using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DocClassifier.Host.Service;

/// <summary>
/// How every settings class is registered: bound from its configuration section, checked when the program starts
/// (a bad value stops it with the setting named, before any document is touched), and injectable as itself.
/// </summary>
internal static class Settings
{
    public static OptionsBuilder<T> AddSettings<T>(this IServiceCollection services, string section)
        where T : class
    {
        services.AddSingleton(s => s.GetRequiredService<IOptions<T>>().Value);
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }
}
