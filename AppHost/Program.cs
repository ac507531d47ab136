using Hemit.Hosting;
using Hemit.Hosting.Advertising;
using Hemit.Hosting.Health;
using Hemit.Hosting.Identity;
using Hemit.Hosting.Postgres;
using Hemit.Hosting.Projects;
using Hemit.Hosting.RabbitMQ;
using Hemit.Hosting.Replicas;
using Hemit.Hosting.Restarts;
using Hemit.Security;

// The whole platform: PostgreSQL with a database per service, RabbitMQ, and the five services, on the Aspire
// dashboard. PostgreSQL and RabbitMQ run from the Debian binaries (src/Hosting), or are the servers named by
// ConnectionStrings__postgres / ConnectionStrings__messaging. Data stays in .hemit/ (Hemit:DataDir) between runs.
var builder = DistributedApplication.CreateBuilder(args);
builder.RunProjectsFromBuildOutput().DetectReadinessPromptly().AddCrashRestarts().AdvertiseEndpoints().PersistDashboardTelemetry();

var postgres = builder.AddPlatformPostgres("postgres"); // AppHost/PublishMode.cs: local servers when run, production's when published
var financeDb = postgres.AddDatabase("financedb");
var hrDb = postgres.AddDatabase("hrdb");
var serviceDeskDb = postgres.AddDatabase("servicedeskdb");
var projectsDb = postgres.AddDatabase("projectsdb");
var governanceDb = postgres.AddDatabase("governancedb");
var identityDb = postgres.AddDatabase("identitydb");
var portalDb = postgres.AddDatabase("portaldb"); // only the portal's data-protection keys, shared by its replicas

var messaging = builder.AddPlatformRabbitMQ("messaging");

// tokens for integrations, services, the CLI and people: every gRPC method needs one with its scope
var identity = builder.AddProject<Projects.Identity>("identity")
    .WithHttpHealthCheck("/health")
    .WithReference(identityDb)
    .WaitFor(identityDb);

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

// the board's web pages: the status report with charts and its PDF, meetings, the owner's follow-up, and the
// operations page (every service's outbox and error queues); people sign in through the identity service.
// It asks the services per page, so it starts alongside them rather than after them.
var portal = builder.AddProject<Projects.Portal>("portal")
    .WithHttpHealthCheck("/health")
    .WithReference(portalDb).WaitFor(portalDb)
    .WithReference(governance)
    .WithReference(finance).WithReference(hrMetrics).WithReference(serviceDesk).WithReference(projects);

// Who may call what. Each service accepts tokens issued for it; governance reads the others as itself; an
// integration system may only push to its own service. Secrets and passwords are made on first start and kept in
// the data folder (identity/credentials.json), where the CLI and the tests find them.
var credentials = identity.WithDevelopmentClients(
[
    new("hemit-cli", "hemit (utvikling)", Scopes.All, ["client_credentials"]),
    new("hemit-cli-login", "hemit login", Scopes.All, ["device_code", "refresh_token"], Public: true),
    new("governance", "Styringstjenesten", [Scopes.FinanceRead, Scopes.HrRead, Scopes.ServiceDeskRead, Scopes.ProjectsRead], ["client_credentials"]),
    // People sign in to the portal, which calls the services with their token: it has no identity of its own to call as.
    new("portal", "Styreportalen", [Scopes.GovernanceRead, Scopes.GovernanceWrite, Scopes.GovernanceApprove, Scopes.OpsRead, Scopes.OpsWrite], ["authorization_code", "refresh_token"],
        RedirectTo: portal, RedirectPath: "/signin-oidc", PostLogoutRedirectPath: "/signout-callback-oidc"),
    new("sap-integration", "SAP (økonomi)", [Scopes.FinanceWrite], ["client_credentials"]),
    new("prs-integration", "PRS (personal og lønn)", [Scopes.HrWrite], ["client_credentials"]),
    new("itsm-integration", "ITSM (Hemithjelp)", [Scopes.ServiceDeskWrite], ["client_credentials"]),
    new("portfolio-integration", "Prosjektportefølje", [Scopes.ProjectsWrite], ["client_credentials"]),
],
[
    new("styremedlem", "Styremedlem (utvikling)", ["board-member"]),
    new("ledelse", "Ledergruppen (utvikling)", ["management"]),
    new("styresekretær", "Styresekretær (utvikling)", ["board-secretary"]),
    new("drift", "Driftsvakt (utvikling)", ["operations"]),
    new("sikkerhet", "Sikkerhetsleder (utvikling)", ["security-officer"]),
]);
finance.WithTokensFrom(identity, "finance");
hrMetrics.WithTokensFrom(identity, "hrmetrics");
serviceDesk.WithTokensFrom(identity, "servicedesk");
projects.WithTokensFrom(identity, "projects");
governance.WithTokensFrom(identity, "governance").WithClientIdentity(identity, credentials, "governance");
portal.WithTokensFrom(identity, "governance").WithClientIdentity(identity, credentials, "portal");

// --Hemit:Replicas=3: every service above runs as three processes behind its one endpoint
builder.ReplicateServices();

builder.PublishAsProduction().Build().Run();
