using Hemit.Governance.Extensions;
using Hemit.Governance.Grpc;
using Hemit.Governance.StatusReport;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGovernanceServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<GovernanceGrpcService>();
app.MapGrpcService<StatusReportGrpcService>();
app.MapGrpcService<BoardGrpcService>();
app.MapGrpcService<OwnerAssignmentGrpcService>();
app.MapGrpcService<RiskAndAuditGrpcService>();

app.Run();

/// <summary>Entry point, visible to integration tests (WebApplicationFactory).</summary>
public partial class Program;
