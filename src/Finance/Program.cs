using Hemit.Finance.Extensions;
using Hemit.Finance.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddFinanceServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<FinanceGrpcService>();

app.Run();

/// <summary>Entry point, visible to integration tests (WebApplicationFactory).</summary>
public partial class Program;
