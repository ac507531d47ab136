using Hemit.HrMetrics.Extensions;
using Hemit.HrMetrics.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddHrMetricsServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<HrMetricsGrpcService>();

app.Run();

/// <summary>Entry point, visible to integration tests (WebApplicationFactory).</summary>
public partial class Program;
