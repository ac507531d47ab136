using Hemit.BuildingBlocks.Bus;
using Hemit.BuildingBlocks.PeriodClosing;
using Hemit.Projects.Benefits;
using Hemit.Projects.Data;
using Hemit.Projects.Dependencies;
using Hemit.Projects.Portfolio;
using Hemit.Projects.Snapshots;
using Hemit.Projects.WorkOrders;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hemit.Projects.Extensions;

public static class ProjectsServiceExtensions
{
    public const string ServiceName = "projects";

    public static IHostApplicationBuilder AddProjectsServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IHostApplicationBuilder, ProjectsDbContext>("projectsdb");
        builder.AddMessaging<IHostApplicationBuilder, ProjectsDbContext>(ServiceName);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.Configure<WorkOrderOptions>(builder.Configuration.GetSection(WorkOrderOptions.Section));
        builder.Services.AddScoped<PeriodCloser<ProjectsDbContext>>();
        builder.Services.AddScoped<ProjectImporter>();
        builder.Services.AddScoped<MilestoneImporter>();
        builder.Services.AddScoped<PortfolioQuery>();
        builder.Services.AddScoped<PortfolioSnapshots>();
        builder.Services.AddScoped<WorkOrderImporter>();
        builder.Services.AddScoped<WorkOrderQuery>();
        builder.Services.AddScoped<BenefitImporter>();
        builder.Services.AddScoped<BenefitQuery>();
        return builder;
    }
}
