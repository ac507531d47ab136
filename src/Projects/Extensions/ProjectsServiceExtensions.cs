using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Projects.Data;

namespace Hemit.Projects.Extensions;

public static class ProjectsServiceExtensions
{
    public const string ServiceName = "projects";

    public static IHostApplicationBuilder AddProjectsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IHostApplicationBuilder, ProjectsDbContext>("projectsdb");
        builder.AddMessaging<IHostApplicationBuilder, ProjectsDbContext>(ServiceName);
        builder.Services.AddScoped<PeriodCloser<ProjectsDbContext>>();
        return builder;
    }
}
