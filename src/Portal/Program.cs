using Hemit.Contracts.Governance.V1;
using Hemit.Portal.Components;
using Hemit.Portal.Printing;
using Hemit.Portal.Report;

// The board's web pages (Blazor, rendered on the server, no JavaScript). Until login arrives with the security
// issue, the portal listens on loopback only (appsettings.json, and the AppHost's endpoint).
var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddRazorComponents();
builder.Services.AddServiceGrpcClient<StatusReportService.StatusReportServiceClient>("governance");
builder.Services.AddScoped<StatusReports>();
builder.Services.Configure<PrintOptions>(builder.Configuration.GetSection("Portal"));
builder.Services.AddSingleton<ReportPrinter>();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAntiforgery();
app.MapRazorComponents<App>();
app.MapReportDownloads();

app.Run();

/// <summary>Entry point, visible to tests (WebApplicationFactory).</summary>
public partial class Program;
