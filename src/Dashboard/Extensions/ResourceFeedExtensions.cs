using Hemit.Dashboard.Resources;

namespace Hemit.Dashboard.Extensions;

internal static class ResourceFeedExtensions
{
    public static IServiceCollection AddResourceFeed(this IServiceCollection services)
    {
        services.AddSingleton<ResourceFeed>();
        services.AddHostedService(provider => provider.GetRequiredService<ResourceFeed>());
        return services;
    }
}
