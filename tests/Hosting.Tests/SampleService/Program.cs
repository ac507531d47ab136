using System.Diagnostics;

// Run by the hosting tests as a project resource. It listens where Kestrel__Endpoints__* say, answers /health,
// shows the variables it received on /environment, exits with code 3 on /crash, and with SAMPLE_SPAWN_CHILD=1 starts
// a long-running child process, so tests can prove that stopping a project takes its whole process tree.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

Process? child = null;
if (app.Configuration["SAMPLE_SPAWN_CHILD"] == "1")
{
    child = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false });
}

app.MapGet("/health", () => Results.Text("Healthy"));
app.MapGet("/environment", () => Results.Json(
    Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
        .ToDictionary(e => (string)e.Key, e => (string?)e.Value)));
app.MapGet("/child", () => Results.Text(child?.Id.ToString() ?? "none"));
app.MapGet("/crash", () =>
{
    _ = Task.Run(async () =>
    {
        await Task.Delay(100);
        Environment.Exit(3);
    });
    return Results.Text("crashing");
});

Console.WriteLine($"sample service {Environment.GetEnvironmentVariable("OTEL_SERVICE_NAME")} started");
Console.Error.WriteLine("sample service writes to stderr too");
app.Run();
