using Hemit.Contracts.Governance.V1;
using Hemit.Contracts.Ops.V1;
using Hemit.Contracts.Security;
using Hemit.Portal.Components;
using Hemit.Portal.Operations;
using Hemit.Portal.Printing;
using Hemit.Portal.Report;
using Hemit.Portal.SignIn;
using MudBlazor.Services;

// The board's web pages (Blazor, rendered on the server, no JavaScript). People sign in through the identity service;
// the portal calls governance (and, on the operations page, every service's ops API) with the signed-in person's token (PortalSignIn).
var builder = WebApplication.CreateBuilder(args);
// MudBlazor's stylesheet is a package's static web asset: from the build output (tests, the AppHost) it is served in any
// environment, not only in Development; a published portal has it under wwwroot/_content and the call does nothing.
builder.WebHost.UseStaticWebAssets();

// Before ServiceDefaults, whose client-credentials source is only a fallback (TryAdd).
builder.Services.AddSingleton<IAccessTokenSource, PersonAccessTokenSource>();
builder.AddServiceDefaults();
builder.AddSharedDataProtectionKeys(); // replicas read each other's cookies and antiforgery tokens
builder.AddPortalSignIn();
builder.Services.AddRazorComponents();
// MudBlazor's components render plain HTML styled by its stylesheet; the portal loads none of its script.
builder.Services.AddMudServices();
builder.Services.AddServiceGrpcClient<StatusReportService.StatusReportServiceClient>("governance");
builder.Services.AddServiceGrpcClient<BoardService.BoardServiceClient>("governance");
builder.Services.AddServiceGrpcClient<OwnerAssignmentService.OwnerAssignmentServiceClient>("governance");
builder.Services.AddServiceGrpcClient<RiskAndAuditService.RiskAndAuditServiceClient>("governance");
// The operations page asks every service with messaging the same questions, each by its own name.
foreach (var service in ServiceOperations.Services)
{
    builder.Services.AddServiceGrpcClient<OpsService.OpsServiceClient>(service, name: service);
}

builder.Services.AddScoped<ServiceOperations>();
builder.Services.AddScoped<StatusReports>();
builder.Services.AddReportPrinting(builder.Configuration);

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();
app.MapDefaultEndpoints();
app.UseAntiforgery();
// MudBlazor's stylesheet (_content/MudBlazor/MudBlazor.min.css), from the build's static web assets manifest.
app.MapStaticAssets().AllowAnonymous(); // a library's stylesheet: every page needs it, the no-access page too
app.MapRazorComponents<App>();
app.MapReportDownloads();
app.MapPortalSignOut();

app.Run();

/// <summary>Entry point, visible to tests (WebApplicationFactory).</summary>
public partial class Program;
