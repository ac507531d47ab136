using Hemit.Projects.Extensions;
using Hemit.Projects.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddProjectsServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapGrpcService<ProjectsGrpcService>();

app.Run();

/// <summary>Entry point, visible to integration tests (WebApplicationFactory).</summary>
public partial class Program;
