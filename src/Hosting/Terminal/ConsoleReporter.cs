using System.Globalization;
using System.Threading.Channels;
using Hemit.Hosting.Orchestration;
using Hemit.Hosting.Resources;
using Spectre.Console;

namespace Hemit.Hosting.Terminal;

/// <summary>
/// What the developer sees: one line per state change while starting, then the resource table with
/// "all resources healthy in X.X s", and the table again whenever a state, health or restart count changes.
/// Children's output is shown only with --verbose (it is always in the dashboard's console logs).
/// </summary>
internal sealed class ConsoleReporter(Orchestrator orchestrator, DistributedApplicationOptions options, bool verbose, string? dashboardLoginUrl)
    : IAsyncDisposable
{
    private static readonly TimeSpan TableDebounce = TimeSpan.FromMilliseconds(500);

    private readonly Channel<ResourceSnapshot> _changes = Channel.CreateUnbounded<ResourceSnapshot>();
    private readonly Dictionary<string, (ResourceState State, ResourceHealth Health, int Restarts)> _shown = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private bool _allHealthy;
    private volatile bool _stopping;

    /// <summary>From here on only the final line is printed: a table per stopped resource helps nobody.</summary>
    public void BeginStopping()
    {
        if (!_stopping)
        {
            _stopping = true;
            AnsiConsole.MarkupLine($"[grey]{Stamp()}[/] stopping all resources");
        }
    }

    public void Start()
    {
        if (Console.IsOutputRedirected)
        {
            // Spectre assumes 80 columns without a terminal; a log file is better served by unwrapped rows.
            AnsiConsole.Profile.Width = 200;
        }

        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(options.ApplicationName)}[/] application host");
        AnsiConsole.MarkupLine($"  data folder       {Markup.Escape(orchestrator.DataDirectory)}");
        if (orchestrator.ResourceServiceUrl is { } url)
        {
            AnsiConsole.MarkupLine($"  resource service  {Markup.Escape(url)}");
        }

        foreach (var snapshot in orchestrator.Monitor.GetResources())
        {
            _shown[snapshot.Name] = (snapshot.State, snapshot.Health, snapshot.Restarts);
        }

        orchestrator.Monitor.Changed += OnChanged;
        if (verbose)
        {
            orchestrator.Monitor.LineWritten += OnLine;
        }

        _loop = RunAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        orchestrator.Monitor.Changed -= OnChanged;
        orchestrator.Monitor.LineWritten -= OnLine;
        _changes.Writer.TryComplete();
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        AnsiConsole.MarkupLine($"[grey]{Stamp()}[/] all resources stopped");
        _stop.Dispose();
    }

    private void OnChanged(ResourceSnapshot snapshot) => _changes.Writer.TryWrite(snapshot);

    private static void OnLine(ConsoleLogLine line)
    {
        var color = line.IsError ? "red" : "grey";
        AnsiConsole.MarkupLine($"[{color}]{Markup.Escape(line.Resource)}|[/] {Markup.Escape(line.Text)}");
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var allHealthy = orchestrator.AllHealthy;
        var never = Task.Delay(Timeout.Infinite, cancellationToken);
        var tableDue = false;
        Task<bool>? waitForChange = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            waitForChange ??= _changes.Reader.WaitToReadAsync(cancellationToken).AsTask();
            var delay = tableDue ? Task.Delay(TableDebounce, cancellationToken) : never;
            var woke = await Task.WhenAny(waitForChange, delay, _allHealthy ? never : allHealthy);

            var reportStarted = !_allHealthy && allHealthy.IsCompleted;
            while (_changes.Reader.TryRead(out var snapshot))
            {
                var shown = (snapshot.State, snapshot.Health, snapshot.Restarts);
                if (!_shown.TryGetValue(snapshot.Name, out var previous) || previous == shown)
                {
                    continue;
                }

                _shown[snapshot.Name] = shown;
                if (_stopping || reportStarted)
                {
                    continue;
                }

                if (_allHealthy)
                {
                    tableDue = true;
                }
                else if (IsWorthALine(previous, shown))
                {
                    AnsiConsole.MarkupLine(
                        $"[grey]{Stamp()}[/] {Markup.Escape(snapshot.Name),-16} {StateMarkup(snapshot.State)} {HealthMarkup(snapshot.Health)}");
                }
            }

            if (reportStarted)
            {
                _allHealthy = true;
                if (!_stopping)
                {
                    ReportStarted(allHealthy);
                }
            }

            if (woke == delay && tableDue && !_stopping)
            {
                tableDue = false;
                WriteTable();
            }

            if (waitForChange.IsCompleted)
            {
                if (!await waitForChange)
                {
                    return;
                }

                waitForChange = null;
            }
        }
    }

    /// <summary>While starting: new states, and a resource turning healthy; not every unhealthy probe of a booting service.</summary>
    private static bool IsWorthALine(
        (ResourceState State, ResourceHealth Health, int Restarts) previous,
        (ResourceState State, ResourceHealth Health, int Restarts) current) =>
        (current.State != previous.State && current.State != ResourceState.Running)
        || (current.Health == ResourceHealth.Healthy && previous.Health != ResourceHealth.Healthy)
        || current.Restarts != previous.Restarts;

    private void ReportStarted(Task allHealthy)
    {
        WriteTable();
        if (allHealthy.IsCompletedSuccessfully)
        {
            AnsiConsole.MarkupLine($"[green]all resources healthy in {orchestrator.SinceStart.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s[/]");
            if (dashboardLoginUrl is not null)
            {
                AnsiConsole.MarkupLine($"dashboard: [link]{Markup.Escape(dashboardLoginUrl)}[/]");
            }
        }
        else
        {
            var reason = allHealthy.Exception?.InnerExceptions.FirstOrDefault()?.Message ?? "unknown";
            AnsiConsole.MarkupLine($"[red]not every resource started: {Markup.Escape(reason)}[/]");
        }

        AnsiConsole.MarkupLine("[grey]Ctrl+C stops everything.[/]");
    }

    private void WriteTable()
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumns("Resource", "Type", "State", "Health", "Restarts", "Endpoints");
        foreach (var snapshot in orchestrator.Monitor.GetResources())
        {
            table.AddRow(
                Markup.Escape(snapshot.Name),
                Markup.Escape(snapshot.Type),
                StateMarkup(snapshot.State),
                HealthMarkup(snapshot.Health),
                snapshot.Restarts.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(string.Join("  ", snapshot.Endpoints.Select(e => $"{e.Name} {e.Url}"))));
        }

        AnsiConsole.Write(table);
    }

    private string Stamp() => $"{orchestrator.SinceStart.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),6} s";

    private static string StateMarkup(ResourceState state) => state switch
    {
        ResourceState.Running => $"[green]{state,-13}[/]",
        ResourceState.FailedToStart or ResourceState.Exited => $"[red]{state,-13}[/]",
        _ => $"[yellow]{state,-13}[/]",
    };

    private static string HealthMarkup(ResourceHealth health) => health switch
    {
        ResourceHealth.Healthy => "[green]Healthy[/]",
        ResourceHealth.Unhealthy => "[red]Unhealthy[/]",
        _ => "[grey]Unknown[/]",
    };
}
