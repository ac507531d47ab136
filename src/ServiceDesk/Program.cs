using Hemit.ServiceDesk.Extensions;
using Hemit.ServiceDesk.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddServiceDeskServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<ServiceDeskGrpcService>();

app.Run();

/// <summary>Entry point, visible to integration tests (WebApplicationFactory).</summary>
public partial class Program;
