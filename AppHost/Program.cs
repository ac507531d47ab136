using Hemit.Hosting;
using Hemit.Hosting.Advertising;
using Hemit.Hosting.Health;
using Hemit.Hosting.Postgres;
using Hemit.Hosting.Projects;
using Hemit.Hosting.RabbitMQ;
using Hemit.Hosting.Restarts;

// The whole platform: PostgreSQL with a database per service, RabbitMQ, and the five services, on the Aspire
// dashboard. PostgreSQL and RabbitMQ run from the Debian binaries (src/Hosting), or are the servers named by
// ConnectionStrings__postgres / ConnectionStrings__messaging. Data stays in .hemit/ (Hemit:DataDir) between runs.
var builder = DistributedApplication.CreateBuilder(args);
builder.RunProjectsFromBuildOutput().DetectReadinessPromptly().AddCrashRestarts().AdvertiseEndpoints().PersistDashboardTelemetry();

var postgres = builder.AddLocalPostgres("postgres");
var financeDb = postgres.AddDatabase("financedb");
var hrDb = postgres.AddDatabase("hrdb");
var serviceDeskDb = postgres.AddDatabase("servicedeskdb");
var projectsDb = postgres.AddDatabase("projectsdb");
var governanceDb = postgres.AddDatabase("governancedb");

var messaging = builder.AddLocalRabbitMQ("messaging");

// økonomi
var finance = builder.AddProject<Projects.Finance>("finance")
    .WithHttpHealthCheck("/health")
    .WithReference(financeDb).WithReference(messaging)
    .WaitFor(financeDb).WaitFor(messaging);

// sykefravær, bemanning, arbeidstidsavvik
var hrMetrics = builder.AddProject<Projects.HrMetrics>("hrmetrics")
    .WithHttpHealthCheck("/health")
    .WithReference(hrDb).WithReference(messaging)
    .WaitFor(hrDb).WaitFor(messaging);

// henvendelser, SLA, oppetid
var serviceDesk = builder.AddProject<Projects.ServiceDesk>("servicedesk")
    .WithHttpHealthCheck("/health")
    .WithReference(serviceDeskDb).WithReference(messaging)
    .WaitFor(serviceDeskDb).WaitFor(messaging);

// prosjekter og oppdrag
var projects = builder.AddProject<Projects.Projects>("projects")
    .WithHttpHealthCheck("/health")
    .WithReference(projectsDb).WithReference(messaging)
    .WaitFor(projectsDb).WaitFor(messaging);

// styremøter, eieroppdrag, risiko, tilsyn: compiles the board's status report from all of the above
var governance = builder.AddProject<Projects.Governance>("governance")
    .WithHttpHealthCheck("/health")
    .WithReference(governanceDb).WithReference(messaging)
    .WithReference(finance).WithReference(hrMetrics).WithReference(serviceDesk).WithReference(projects)
    .WaitFor(governanceDb).WaitFor(messaging);

// the board's web pages: the status report with charts and its PDF; loopback only until login arrives.
// It asks governance per page, so it starts alongside it rather than after it.
builder.AddProject<Projects.Portal>("portal")
    .WithHttpHealthCheck("/health")
    .WithReference(governance);

builder.Build().Run();
