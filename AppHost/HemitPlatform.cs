using Hemit.Hosting;
using Hemit.Hosting.ApplicationModel;

namespace Hemit.AppHost;

/// <summary>
/// The whole platform as one composition: PostgreSQL with a database per service, RabbitMQ, and the five services.
/// The AppHost program runs it; integration tests boot the same composition.
/// </summary>
public static class HemitPlatform
{
    public static PlatformResources Configure(IDistributedApplicationBuilder builder)
    {
        var postgres = builder.AddPostgres("postgres");
        var financeDb = postgres.AddDatabase("financedb");
        var hrDb = postgres.AddDatabase("hrdb");
        var serviceDeskDb = postgres.AddDatabase("servicedeskdb");
        var projectsDb = postgres.AddDatabase("projectsdb");
        var governanceDb = postgres.AddDatabase("governancedb");

        var messaging = builder.AddRabbitMQ("messaging");

        // økonomi
        var finance = builder.AddProject<Projects.Finance>("finance")
            .WithReference(financeDb).WithReference(messaging)
            .WaitFor(financeDb).WaitFor(messaging);

        // sykefravær, bemanning, arbeidstidsavvik
        var hrMetrics = builder.AddProject<Projects.HrMetrics>("hrmetrics")
            .WithReference(hrDb).WithReference(messaging)
            .WaitFor(hrDb).WaitFor(messaging);

        // henvendelser, SLA, oppetid
        var serviceDesk = builder.AddProject<Projects.ServiceDesk>("servicedesk")
            .WithReference(serviceDeskDb).WithReference(messaging)
            .WaitFor(serviceDeskDb).WaitFor(messaging);

        // prosjekter og oppdrag
        var projects = builder.AddProject<Projects.Projects>("projects")
            .WithReference(projectsDb).WithReference(messaging)
            .WaitFor(projectsDb).WaitFor(messaging);

        // styremøter, eieroppdrag, risiko, tilsyn: compiles the board's status report from all of the above
        var governance = builder.AddProject<Projects.Governance>("governance")
            .WithReference(governanceDb).WithReference(messaging)
            .WithReference(finance).WithReference(hrMetrics).WithReference(serviceDesk).WithReference(projects)
            .WaitFor(governanceDb).WaitFor(messaging);

        return new PlatformResources(postgres, messaging, finance, hrMetrics, serviceDesk, projects, governance);
    }
}

/// <summary>The resources of the composition, for callers that add to it (a dashboard, a test's extra settings).</summary>
public sealed record PlatformResources(
    IResourceBuilder<PostgresServerResource> Postgres,
    IResourceBuilder<RabbitMQServerResource> Messaging,
    IResourceBuilder<ProjectResource> Finance,
    IResourceBuilder<ProjectResource> HrMetrics,
    IResourceBuilder<ProjectResource> ServiceDesk,
    IResourceBuilder<ProjectResource> Projects,
    IResourceBuilder<ProjectResource> Governance);
