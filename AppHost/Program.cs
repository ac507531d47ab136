using Hemit.AppHost;
using Hemit.Hosting;

// Starts PostgreSQL, RabbitMQ, the dashboard and every service, prints where they listen and the dashboard's login
// link, and stops everything on Ctrl+C. Options: --data-dir <folder> (default .hemit/ at the repository root),
// --verbose (show the services' own output here too; it is always on the dashboard's console page).
var builder = DistributedApplication.CreateBuilder(args);
builder.AddDashboard<Projects.Dashboard>();
HemitPlatform.Configure(builder);
builder.Build().Run();
